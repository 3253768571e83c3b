/// <reference lib="dom" />

// SPEC VOX-02 keypad: the tone of each key (ITU-T Q.23: one low and one high frequency), played in
// the browser that pressed it and in the other party's on a built-in call, whose keys travel
// beside the audio (Atende's legs carry Opus only, no telephone-event payload).

const LOW = [697, 770, 852, 941] as const;
const HIGH = [1209, 1336, 1477, 1633] as const;
const ROWS = ['123A', '456B', '789C', '*0#D'] as const;

/** The key's two frequencies in Hz; null for anything that is not a keypad key. */
export function dtmfFrequencies(key: string): [number, number] | null {
  if (key.length !== 1) return null;
  for (let row = 0; row < ROWS.length; row++) {
    const col = ROWS[row]!.indexOf(key.toUpperCase());
    if (col >= 0) return [LOW[row]!, HIGH[col]!];
  }
  return null;
}

const TONE_S = 0.12;
const GAP_S = 0.06;
let ctx: AudioContext | null = null;

/** Plays the keys' tones one after the other, quietly; silent where the browser has no Web Audio. */
export function playDtmf(digits: string): void {
  if (typeof AudioContext === 'undefined') return;
  ctx ??= new AudioContext();
  void ctx.resume().catch(() => {});
  let at = ctx.currentTime;
  for (const key of digits) {
    const pair = dtmfFrequencies(key);
    if (!pair) continue;
    const gain = ctx.createGain();
    gain.gain.value = 0.08;
    gain.connect(ctx.destination);
    for (const hz of pair) {
      const osc = ctx.createOscillator();
      osc.frequency.value = hz;
      osc.connect(gain);
      osc.start(at);
      osc.stop(at + TONE_S);
    }
    at += TONE_S + GAP_S;
  }
}

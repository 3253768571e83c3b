// A short two-note chime made with WebAudio: no audio file to ship or cache. Plays on the chosen
// speaker where the browser can route WebAudio (AudioContext.setSinkId, Chromium 110+).

type SinkableContext = AudioContext & { setSinkId?: (id: string) => Promise<void> };

export async function playTone(speakerId = ''): Promise<void> {
  const Ctx = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (!Ctx) return;
  const ctx: SinkableContext = new Ctx();
  try {
    if (speakerId && typeof ctx.setSinkId === 'function') await ctx.setSinkId(speakerId).catch(() => undefined);
    if (ctx.state === 'suspended') await ctx.resume().catch(() => undefined);
    const start = ctx.currentTime + 0.02;
    for (const [i, freq] of [880, 1175].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const at = start + i * 0.18;
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.17);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    await ctx.close().catch(() => undefined);
  }
}

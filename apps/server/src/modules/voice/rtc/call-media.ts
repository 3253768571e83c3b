import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MediaRecorder } from 'werift/nonstandard';
import { mixdownArgs, runFfmpeg, type MixSide } from '../media/ffmpeg.js';
import type { RtcLeg } from './rtc-leg.js';

// SPEC VOX-04, VOX-06 (a): the media of one built-in call. The caller's leg exists from "Ligar",
// the agent's from "Atender"; packets are forwarded between them (not while on hold) and each side
// is recorded on its own (werift's recorder: one track per recorder, ARCHITECTURE §3b), then mixed
// from the answer to the hang-up into one Ogg/Opus file.

type Side = { leg: RtcLeg; file: string; firstAt: number | null; recorder?: MediaRecorder };

export class CallMedia {
  private agent: Side | null = null;
  private held = false;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly caller: Side,
  ) {}

  static async create(callerLeg: RtcLeg): Promise<CallMedia> {
    const dir = await mkdtemp(path.join(tmpdir(), 'atende-call-'));
    const media = new CallMedia(dir, { leg: callerLeg, file: path.join(dir, 'caller.webm'), firstAt: null });
    media.record(media.caller);
    callerLeg.onPacket((p) => {
      if (!media.held && media.agent) media.agent.leg.send(p);
    });
    return media;
  }

  get hasAgent() {
    return this.agent !== null;
  }

  /** The agent's leg after "Atender": their packets go to the caller and are recorded too. */
  attachAgent(leg: RtcLeg) {
    if (this.closed) throw new Error('RTC_CALL_ENDED');
    void this.agent?.leg.close();
    this.agent = { leg, file: path.join(this.dir, `agent-${Date.now()}.webm`), firstAt: null };
    this.record(this.agent);
    leg.onPacket((p) => {
      if (!this.held) this.caller.leg.send(p);
    });
  }

  /** VOX-02 hold: neither party hears the other meanwhile. */
  setHeld(held: boolean) {
    this.held = held;
  }

  private record(side: Side) {
    side.leg.onPacket(() => {
      side.firstAt ??= Date.now();
    });
    void side.leg.received.then((track) => {
      if (this.closed) return;
      // Lip sync and NTP off: their defaults drop the last ~0.3 s and leave gaps under load.
      side.recorder = new MediaRecorder({ path: side.file, tracks: [track], disableLipSync: true, disableNtp: true });
    });
  }

  /**
   * Ends both legs. With an answer, mixes the talk time into `output` (Ogg/Opus) and returns true;
   * false when there is nothing to keep (never answered, no media).
   */
  async end(answeredAt: Date | null, endedAt: Date, output: string): Promise<boolean> {
    if (this.closed) return false;
    this.closed = true;
    const sides = [this.caller, this.agent].filter((s): s is Side => s !== null);
    await Promise.all(sides.map((s) => s.recorder?.stop().catch(() => {})));
    await Promise.all(sides.map((s) => s.leg.close().catch(() => {})));
    if (!answeredAt) return false;
    const mix = (s: Side | null): MixSide =>
      s?.recorder && s.firstAt !== null ? { file: s.file, offsetMs: s.firstAt - answeredAt.getTime() } : null;
    const caller = mix(this.caller);
    const agent = mix(this.agent);
    if (!caller && !agent) return false;
    await runFfmpeg(mixdownArgs(caller, agent, endedAt.getTime() - answeredAt.getTime(), output));
    return true;
  }

  get workDir() {
    return this.dir;
  }

  async dispose() {
    await rm(this.dir, { recursive: true, force: true });
  }
}

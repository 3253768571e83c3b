import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MediaRecorder } from 'werift/nonstandard';
import { mixdownArgs, runFfmpeg, type MixSide } from '../media/ffmpeg.js';
import type { RtcLeg } from './rtc-leg.js';

// SPEC VOX-04, VOX-06 (a): the media of one built-in call. The caller's leg exists from "Ligar",
// the agent's from "Atender"; packets are forwarded between them (not while on hold) and each side
// is recorded on its own (werift's recorder: one track per recorder, ARCHITECTURE §3b), then mixed
// from the answer to the hang-up into one Ogg/Opus file. A transfer (VOX-02) closes the agent's
// leg: the caller hears silence until the next agent's leg is bridged to the same caller leg. The
// caller is one recording for the whole call; each agent's leg is a segment, joined at the mix.

type Side = { leg: RtcLeg; file: string; firstAt: number | null; recorder?: MediaRecorder; stopped?: boolean };

export class CallMedia {
  private agent: Side | null = null;
  /** The user whose leg is bridged now (null: none, e.g. ringing at a transfer's target). */
  private agentUserId: string | null = null;
  /** Agent legs closed by a transfer, kept for the recording. */
  private readonly past: Side[] = [];
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

  /** Whose leg is bridged to the caller now. */
  get bridgedTo() {
    return this.agentUserId;
  }

  /** The agent's leg after "Atender": their packets go to the caller and are recorded too. */
  attachAgent(leg: RtcLeg, userId: string) {
    if (this.closed) throw new Error('RTC_CALL_ENDED');
    void this.detachAgent();
    const side: Side = { leg, file: path.join(this.dir, `agent-${this.past.length}-${Date.now()}.webm`), firstAt: null };
    this.agent = side;
    this.agentUserId = userId;
    // The caller's browser hears a new source: keep its stream continuous (no-op before the first agent).
    this.caller.leg.sourceChanged();
    this.record(side);
    leg.onPacket((p) => {
      // A leg closed by a transfer is heard no more, whatever its browser still sends.
      if (!this.held && this.agent === side) this.caller.leg.send(p);
    });
  }

  /** VOX-02 transfer: the agent's leg ends (their recording segment is kept); the caller waits in silence. */
  async detachAgent() {
    const side = this.agent;
    if (!side) return;
    this.agent = null;
    this.agentUserId = null;
    this.past.push(side);
    await this.stopSide(side);
  }

  private async stopSide(side: Side) {
    if (side.stopped) return;
    side.stopped = true;
    await side.recorder?.stop().catch(() => {});
    await side.leg.close().catch(() => {});
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
      if (this.closed || side.stopped) return;
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
    const agents = [...this.past, ...(this.agent ? [this.agent] : [])];
    await Promise.all([this.caller, ...agents].map((s) => this.stopSide(s)));
    if (!answeredAt) return false;
    const mix = (s: Side | null): MixSide =>
      s?.recorder && s.firstAt !== null ? { file: s.file, offsetMs: s.firstAt - answeredAt.getTime() } : null;
    const caller = mix(this.caller);
    const segments = agents.map(mix).filter((m) => m !== null);
    if (!caller && !segments.length) return false;
    await runFfmpeg(mixdownArgs(caller, segments, endedAt.getTime() - answeredAt.getTime(), output));
    return true;
  }

  get workDir() {
    return this.dir;
  }

  async dispose() {
    await rm(this.dir, { recursive: true, force: true });
  }
}

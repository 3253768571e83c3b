import type { CallView } from '@atende/shared';

// SPEC VOX-05, VOX-06: the seam a browser softphone (JsSIP to the organization's PBX, or the
// built-in WebRTC path) plugs into. The screens drive calls through the voice API; when the media
// is in this browser they also tell the softphone. Without one registered, the console still
// shows and controls calls whose media a desk phone or the PBX carries.

/** One of the browser's own calls when it carries several (a consult, a direct extension call). */
export type SoftphoneLine = { id: string; peer: string; state: 'ringing' | 'calling' | 'answered'; held: boolean };
/** The browser's calls and the one the agent is on; the same object until something changes. */
export type SoftphoneLines = { lines: readonly SoftphoneLine[]; currentId: string | null };

export interface Softphone {
  /** Places an outgoing call from this browser (click-to-dial answered `{ dial: 'softphone' }`). */
  dial(to: string): Promise<void>;
  /** Picks up this call's media in the browser, if the softphone holds a session for it. */
  answer(call: CallView): Promise<void>;
  /** Ends this call's media in the browser. */
  hangup(call: CallView): Promise<void>;
  mute?(call: CallView, muted: boolean): Promise<void>;
  hold?(call: CallView, held: boolean): Promise<void>;
  /** Sends keypad tones in-band or by SIP INFO. */
  dtmf?(call: CallView, digits: string): Promise<void>;
  /** VOX-06 (b): several calls at once — the list, its changes, switching (the other is held) and hanging up one. */
  lines?(): SoftphoneLines;
  onLines?(listener: () => void): () => void;
  switchLine?(id: string): Promise<void>;
  hangupLine?(id: string): Promise<void>;
}

let current: Softphone | null = null;
const changes = new Set<() => void>();

/** Registers the softphone; returns the way to take it out again (on logout or unregister). */
export function registerSoftphone(softphone: Softphone): () => void {
  current = softphone;
  for (const listener of changes) listener();
  return () => {
    if (current !== softphone) return;
    current = null;
    for (const listener of changes) listener();
  };
}

/** Called when a softphone registers or goes away. */
export function onSoftphoneChange(listener: () => void): () => void {
  changes.add(listener);
  return () => void changes.delete(listener);
}

export function getSoftphone(): Softphone | null {
  return current;
}

import type { CallView } from '@atende/shared';
import type { Softphone, SoftphoneSnapshot } from './softphone';

/**
 * The softphone as the voice screens drive it (the seam of modules/voice/softphone.ts): the
 * screens ask the server first, then the media follows here, on the call the agent is on; the
 * "Chamadas" list switches between several calls and hangs up each (VOX-06 b).
 */
export function voiceScreensAdapter(phone: Softphone) {
  let seen: SoftphoneSnapshot | null = null;
  let lines = { lines: [] as SoftphoneSnapshot['calls'], currentId: null as string | null };
  return {
    dial: async (to: string) => phone.dial(to),
    answer: async (_call: CallView) => phone.answer(),
    hangup: async (_call: CallView) => phone.hangup(),
    mute: async (_call: CallView, muted: boolean) => phone.mute(muted),
    hold: async (_call: CallView, held: boolean) => phone.hold(held),
    dtmf: async (_call: CallView, digits: string) => phone.sendDtmf(digits),
    lines: () => {
      // The same object while the phone's state is the same (React's external store needs it).
      if (seen !== phone.state) {
        seen = phone.state;
        lines = { lines: seen.calls, currentId: seen.call?.id ?? null };
      }
      return lines;
    },
    onLines: (listener: () => void) => phone.subscribe(listener),
    switchLine: async (id: string) => phone.switchTo(id),
    hangupLine: async (id: string) => phone.hangup(id),
  };
}

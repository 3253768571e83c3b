import type { CallView } from '@atende/shared';
import type { Softphone } from './softphone';

/**
 * The softphone as the voice screens drive it (the seam of modules/voice/softphone.ts): the
 * screens ask the server first, then the media follows here. One SIP session at a time, so the
 * call in hand is the one the screen means.
 */
export function voiceScreensAdapter(phone: Softphone) {
  return {
    dial: async (to: string) => phone.dial(to),
    answer: async (_call: CallView) => phone.answer(),
    hangup: async (_call: CallView) => phone.hangup(),
    mute: async (_call: CallView, muted: boolean) => phone.mute(muted),
    hold: async (_call: CallView, held: boolean) => phone.hold(held),
    dtmf: async (_call: CallView, digits: string) => phone.sendDtmf(digits),
  };
}

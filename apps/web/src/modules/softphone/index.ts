// The browser softphone (SPEC VOX-06 b): JsSIP registered to the organization's PBX over SIP over
// WebSocket with the agent's extension and password (GET /api/voice/sip → { extension, password,
// wsUrl }). Mount <SoftphoneProvider> once in the signed-in layout; screens read the call with
// useSoftphone() and act on it:
//   phone.answer(id?)         answer a ringing call (microphone); the call in conversation goes on hold
//   phone.hangup(id?)         end or reject a call (the current one by default)
//   phone.dial(to)            call a number, extension or sip: address; the call in conversation goes on hold
//   phone.switchTo(id)        talk on that call: the others are held
//   phone.mute(on?) / phone.hold(on?)
//   phone.sendDtmf(digits)    RFC 2833 tones
//   phone.subscribe(fn)       every change: { registration, call (the current one) | null, calls: every call }
//   phone.audioStats()        WebRTC counters (packets received/sent, audio level) of the current call
// Incoming calls show in state.calls with state 'ringing' (and as state.call when nothing else is in
// conversation). The remote audio plays in the provider's
// <audio> element. onReady(phone) lets the layout hand it to the voice screens (voiceScreensAdapter).
export { SoftphoneProvider, useSoftphone } from './use-softphone';
export { SoftphoneStatus } from './SoftphoneStatus';
export type { AudioStats, CallState, RegistrationState, SoftphoneCall, SoftphoneConfig, SoftphoneSnapshot } from './softphone';
export type { PhoneSession } from './session-list';
export { Softphone } from './softphone';
export { voiceScreensAdapter } from './voice-adapter';

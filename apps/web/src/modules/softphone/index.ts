// The browser softphone (SPEC VOX-06 b): JsSIP registered to the organization's PBX over SIP over
// WebSocket with the agent's extension and password (GET /api/voice/sip → { extension, password,
// wsUrl }). Mount <SoftphoneProvider> once in the signed-in layout; screens read the call with
// useSoftphone() and act on it:
//   phone.answer()            answer the ringing call (microphone)
//   phone.hangup()            end or reject the call
//   phone.dial(to)            call a number, extension or sip: address
//   phone.mute(on?) / phone.hold(on?)
//   phone.sendDtmf(digits)    RFC 2833 tones
//   phone.subscribe(fn)       every change: { registration, call: { direction, peer, state, muted, held, callId } | null }
//   phone.audioStats()        WebRTC counters (packets received/sent, audio level) of the call
// Incoming calls show as state.call with state 'ringing'. The remote audio plays in the provider's
// <audio> element. onReady(phone) lets the layout hand it to the voice screens (voiceScreensAdapter).
export { SoftphoneProvider, useSoftphone } from './use-softphone';
export { SoftphoneStatus } from './SoftphoneStatus';
export type { AudioStats, CallState, RegistrationState, SoftphoneCall, SoftphoneConfig, SoftphoneSnapshot } from './softphone';
export { Softphone } from './softphone';
export { voiceScreensAdapter } from './voice-adapter';

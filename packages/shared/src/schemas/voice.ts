import { z } from 'zod';

// SPEC VOX-01…VOX-07, WS-08: calls as the console, the softphone and a PBX's CTI see them.
//
// Routes (all under /api, every one checks organization and role):
//   POST /api/voice/cti/:token                 PBX → Atende CTI events (ctiEventBody); unknown token → 404 VOICE_CTI_TOKEN_UNKNOWN
//   POST /api/voice/cti/:token/route           PBX asks whom to ring for a queue call (ctiRouteBody → ctiRouteResult, VOX-01)
//   GET  /api/voice/calls?date=YYYY-MM-DD      "Histórico" (VOX-03): { items: CallView[] }, today by default, newest first
//   GET  /api/voice/calls/ringing              "Tocando" (VOX-01): { items: CallView[] } ringing at the caller
//   GET  /api/voice/calls/:id                  one call: CallView
//   GET  /api/voice/calls/:id/events           what happened during the call (hold, mute, DTMF…): { items: CallEventView[] }
//   POST /api/voice/calls                      click-to-dial (VOX-05): dialBody → dialResult
//   POST /api/voice/calls/:id/answer           → CallView (protocol issued, ATT-01)
//   POST /api/voice/calls/:id/hangup           → CallView
//   POST /api/voice/calls/:id/hold | /unhold   → CallView
//   POST /api/voice/calls/:id/mute             muteBody { muted } → CallView (state only)
//   POST /api/voice/calls/:id/transfer         transferCallBody {toUserId}|{toQueueId} → CallView
//   POST /api/voice/calls/:id/dtmf             dtmfBody { digits } → CallView (kept on the call's events)
//   GET  /api/voice/callbacks                  call-back tasks of abandoned calls: { items: CallbackTask[] }
//   POST /api/voice/callbacks/:id/done         → CallbackTask
//   GET  /api/voice/settings | PUT             admin: voiceSettings / voiceSettingsBody
//   POST /api/voice/settings/cti-token         admin: regenerate → voiceSettings
//   GET  /api/voice/sip                        the signed-in agent's own SIP device: sipCredentials (password included: the softphone registers with it)
//   PUT  /api/users/:id/sip                    admin: sipAccountBody { password } (write-only) → sipAccountView; the SIP user is the user's "Ramal"
//   GET  /api/users/:id/sip                    admin: sipAccountView
//   GET  /api/recordings?q&from&to&page&source "Gravações" (VOX-04, ALR-05): recordingsPage
//   GET  /api/recordings/:id/audio[?download=1] audio with HTTP Range; download: supervisor/admin only
//
// Console socket events (staff user room): 'voice.ringing' (callRingingEvent), 'voice.answered'
// (callAnsweredEvent), 'voice.ended' (callEndedEvent), 'voice.updated' (callUpdatedEvent).

export const callStates = ['ringing', 'answered', 'ended'] as const;
export type CallState = (typeof callStates)[number];
export const callDirections = ['in', 'out'] as const;
export type CallDirection = (typeof callDirections)[number];
/** Who carries the media: the built-in WebRTC path or an external PBX through the CTI API (VOX-06). */
export const callProviders = ['builtin', 'cti'] as const;
export const ctiEvents = ['newCall', 'answer', 'hangup', 'recording'] as const;
export type CtiEventName = (typeof ctiEvents)[number];

export const callView = z.object({
  id: z.uuid(),
  attendanceId: z.uuid().nullable(),
  protocol: z.string().nullable(),
  provider: z.enum(callProviders),
  direction: z.enum(callDirections),
  state: z.enum(callStates),
  /** Ended without being answered (counted on the wallboard). */
  abandoned: z.boolean(),
  from: z.string(),
  to: z.string(),
  queueId: z.uuid().nullable(),
  queueName: z.string().nullable(),
  /** The agent the call rings at or was answered by. */
  agentId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  /** The person's name (PER-01), or the caller's number when none was found. */
  callerName: z.string().nullable(),
  /** IVR data passed by the PBX (VOX-07). */
  ivr: z.record(z.string(), z.string()),
  held: z.boolean(),
  muted: z.boolean(),
  cause: z.string().nullable(),
  startedAt: z.string(),
  /** When the current ring at the current agent began ("Em espera" counts from startedAt). */
  ringingSince: z.string().nullable(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().int(),
  hasRecording: z.boolean(),
});
export type CallView = z.infer<typeof callView>;

const phone = z.string().trim().max(64);

/** POST /api/voice/cti/:token — in the spirit of Zammad's generic CTI. Idempotent by callId. */
export const ctiEventBody = z.object({
  event: z.enum(ctiEvents),
  direction: z.enum(callDirections).default('in'),
  from: phone.default(''),
  to: phone.default(''),
  callId: z.string().trim().min(1).max(200),
  /** The agent's extension ("ramal") or e-mail. */
  user: z.string().trim().max(200).optional(),
  /** A voice queue's name. */
  queue: z.string().trim().max(200).optional(),
  cause: z.string().trim().max(200).optional(),
  recordingUrl: z.url().max(2000).optional(),
  ivr: z.record(z.string().max(100), z.string().max(500)).optional(),
});
export type CtiEventBody = z.infer<typeof ctiEventBody>;
export const ctiEventResult = z.object({ callId: z.uuid(), state: z.enum(callStates), changed: z.boolean() });
export type CtiEventResult = z.infer<typeof ctiEventResult>;

/**
 * POST /api/voice/cti/:token/route — a PBX asks whom a queue call rings at (VOX-01 with a PBX). The
 * first ask creates the call like newCall; `missed` names the extension whose ring just ended
 * unanswered (timeout, busy, rejected), so Atende moves on to the next agent.
 */
export const ctiRouteBody = z.object({
  callId: z.string().trim().min(1).max(200),
  from: phone.default(''),
  to: phone.default(''),
  /** A voice queue's name; the organization's first inbound voice queue without it. */
  queue: z.string().trim().max(200).optional(),
  /** The extension ("ramal") or e-mail of the agent whose ring ended unanswered. */
  missed: z.string().trim().max(200).optional(),
  ivr: z.record(z.string().max(100), z.string().max(500)).optional(),
});
export type CtiRouteBody = z.infer<typeof ctiRouteBody>;
/**
 * What the PBX does next, in the spirit of Zammad's CTI answers: `dial` rings `extension` for
 * `ringSeconds`; `wait` keeps the caller hearing ringback and asks again after `retrySeconds`;
 * `reject` ends the call (nobody free within the maximum wait, or no such queue); an answered call
 * names the agent who took it (`dial`), or `none` when they have no extension to reach.
 */
export const ctiRouteActions = ['dial', 'wait', 'reject', 'none'] as const;
export const ctiRouteResult = z.object({
  callId: z.uuid(),
  action: z.enum(ctiRouteActions),
  extension: z.string().nullable(),
  ringSeconds: z.number().int(),
  retrySeconds: z.number().int(),
});
export type CtiRouteResult = z.infer<typeof ctiRouteResult>;

export const callEventView = z.object({
  type: z.string(),
  actorId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type CallEventView = z.infer<typeof callEventView>;
export const callParams = z.object({ id: z.uuid() });
export const callsQuery = z.object({ date: z.iso.date().optional() });
export const callsList = z.object({ items: z.array(callView) });
export const muteBody = z.object({ muted: z.boolean().default(true) });
export const transferCallBody = z.union([z.object({ toUserId: z.uuid() }), z.object({ toQueueId: z.uuid() })]);
export type TransferCallBody = z.infer<typeof transferCallBody>;
export const dtmfBody = z.object({ digits: z.string().regex(/^[0-9*#A-D]{1,32}$/) });

/** Click-to-dial (VOX-05, WS-08). */
export const dialBody = z.object({ to: z.string().trim().min(1).max(64), personId: z.uuid().optional() });
export const dialResult = z.discriminatedUnion('dial', [
  /** The organization's PBX was asked to originate the call. */
  z.object({ dial: z.literal('pbx'), to: z.string() }),
  /** No PBX template: the softphone dials itself. */
  z.object({ dial: z.literal('softphone'), to: z.string() }),
]);
export type DialResult = z.infer<typeof dialResult>;

export const callbackTask = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  attendanceId: z.uuid().nullable(),
  queueId: z.uuid().nullable(),
  number: z.string(),
  callerName: z.string().nullable(),
  status: z.enum(['open', 'done']),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type CallbackTask = z.infer<typeof callbackTask>;

/** Organization voice settings (admin). */
export const voiceSettings = z.object({
  ctiToken: z.string(),
  /** `{to}` and `{extension}` are replaced (URL-encoded); null = the softphone dials. */
  clickToDialUrl: z.string().nullable(),
  clickToDialMethod: z.enum(['GET', 'POST']),
  ringTimeoutSeconds: z.number().int(),
  /** VOX-01 with a PBX: how long a queue call waits for a free agent before the PBX refuses it (480). */
  maxWaitSeconds: z.number().int(),
  callbackOnAbandon: z.boolean(),
  recordingRetentionDays: z.number().int(),
});
export type VoiceSettings = z.infer<typeof voiceSettings>;
export const voiceSettingsBody = z.object({
  clickToDialUrl: z.string().trim().max(2000).nullable().optional(),
  clickToDialMethod: z.enum(['GET', 'POST']).optional(),
  ringTimeoutSeconds: z.number().int().min(1).max(600).optional(),
  maxWaitSeconds: z.number().int().min(1).max(3600).optional(),
  callbackOnAbandon: z.boolean().optional(),
  recordingRetentionDays: z.number().int().min(1).max(3650).optional(),
});

/**
 * Per-agent SIP device ("Dispositivos"): the SIP user is the user's "Ramal" (`extension`, edited with
 * the user through PATCH /api/users/:id); the SIP password is set here, write-only (null clears it).
 */
export const sipAccountBody = z.object({ password: z.string().min(4).max(200).nullable() });
export const sipAccountView = z.object({ userId: z.uuid(), extension: z.string().nullable(), hasPassword: z.boolean() });
export type SipAccountView = z.infer<typeof sipAccountView>;
/** A STUN or TURN server (coturn) for the peers; RTC_ICE_SERVERS on the server (JSON array). */
export const rtcIceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type RtcIceServer = z.infer<typeof rtcIceServerSchema>;
export const rtcIceServersSchema = z.array(rtcIceServerSchema);
/** The signed-in agent's own credentials, for the softphone to register. */
export const sipCredentials = z.object({
  extension: z.string().nullable(),
  password: z.string().nullable(),
  /** The PBX's SIP-over-WebSocket address the softphone registers to (server config SIP_WS_URL); absent or null: no softphone. */
  wsUrl: z.string().nullable().optional(),
  /** VOX-06 (a): the STUN/TURN servers of built-in calls (server config RTC_ICE_SERVERS). */
  iceServers: rtcIceServersSchema.optional(),
});
export type SipCredentials = z.infer<typeof sipCredentials>;

// "Gravações" (VOX-04, ALR-05).
export const recordingSources = ['alert-app'] as const;
export type RecordingSource = (typeof recordingSources)[number];
export const recordingListItem = z.object({
  id: z.uuid(),
  attendanceId: z.uuid().nullable(),
  protocol: z.string().nullable(),
  callerName: z.string().nullable(),
  /** The person the call was linked to: "Ver o perfil" opens their page (PER-04). */
  personId: z.uuid().nullable(),
  /** ALR-05: the alert app user who placed the call: "Ver o perfil do usuário" opens their record. */
  appUserId: z.uuid().nullable(),
  from: z.string(),
  durationSeconds: z.number().int(),
  startedAt: z.string(),
});
export type RecordingListItem = z.infer<typeof recordingListItem>;
export const recordingsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  /** ALR-05: `alert-app` keeps the calls placed from the Canal de Alertas app (the alert team's "Gravações"). */
  source: z.enum(recordingSources).optional(),
});
export type RecordingsQuery = z.infer<typeof recordingsQuery>;
export const recordingsPage = z.object({
  items: z.array(recordingListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RecordingsPage = z.infer<typeof recordingsPage>;
export const recordingParams = z.object({ id: z.uuid() });
export const recordingAudioQuery = z.object({ download: z.enum(['0', '1']).optional() });

// Console pushes to the agent's socket (VOX-01, VOX-02).
export const callRingingEvent = z.object({
  call: callView,
  /** The caller's number, shown in "Nova chamada". */
  from: z.string(),
  /** "Em espera" counts up from here. */
  waitingSince: z.string(),
});
export type CallRingingEvent = z.infer<typeof callRingingEvent>;
export const callAnsweredEvent = z.object({ call: callView });
export type CallAnsweredEvent = z.infer<typeof callAnsweredEvent>;
export const callEndedEvent = z.object({ call: callView });
export type CallEndedEvent = z.infer<typeof callEndedEvent>;
export const callUpdatedEvent = z.object({ call: callView });
export const voiceSocketEvents = { ringing: 'voice.ringing', answered: 'voice.answered', ended: 'voice.ended', updated: 'voice.updated' } as const;

// SPEC VOX-06 (a), the built-in path: the browser (widget, alert app, console) is a WebRTC peer of
// Atende itself, which relays and records the media. Signalling rides each one's own socket; ICE is
// gathered before the offer and answer are sent (no trickle), so one round trip sets a leg up.
//   widget  → 'call.start' { sdp } → ack rtcCallStarted | { error }   (namespace /widget)
//   widget  → 'call.hangup' (callId)
//   widget  ← 'call.answered' { callId } · 'call.ended' { callId }
//   console → 'voice.rtc.join' { callId, sdp } → ack rtcLegAnswer | { error } (after "Atender")
//   widget  → 'call.dtmf' { callId, digits } · widget ← 'call.dtmf' { callId, digits } (VOX-02 keypad)
//   console ← 'voice.dtmf' { callId, digits } (the caller's keys)
/** An SDP offer from a browser (ICE gathered); 64 KB is far more than an audio offer needs. */
export const rtcOfferSchema = z.object({ sdp: z.string().min(10).max(65_536) });
export const rtcJoinSchema = rtcOfferSchema.extend({ callId: z.uuid() });
/** VOX-02: keys the caller pressed on a built-in call (the same keys as the agent's keypad). */
export const callerDtmfSchema = z.object({ callId: z.uuid(), digits: dtmfBody.shape.digits });
export type RtcError = { error: { code: string } };
export type RtcCallStarted = { callId: string; sdp: string };
export type RtcLegAnswer = { sdp: string };

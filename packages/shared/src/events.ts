import type { PresenceAction, PresenceChange } from './presence.js';
import type { Role } from './roles.js';
import type { AttendanceSummary, Message } from './schemas/attendances.js';
import type { Wallboard } from './schemas/panels.js';
import type { Person } from './schemas/persons.js';
import type { AgentPresence, PresenceSnapshot } from './schemas/presence.js';
import type { contactStateSchema } from './schemas/widget.js';
import type { AlertView } from './schemas/alerts.js';
import type { CallAnsweredEvent, CallEndedEvent, CallRingingEvent, RtcCallStarted, RtcError, RtcLegAnswer } from './schemas/voice.js';
import type { z } from 'zod';

// The one map of event name → payload (issue item 26, ARCHITECTURE §3a "Typed events"): the
// server's outbox, the Socket.IO server and both clients are typed by it, so a listener never casts
// and an event emitted with the wrong payload does not compile. Payloads are stored as JSON in the
// outbox: plain JSON values only (no Date, no undefined).

/** Why a presence interval ended (SPEC WS-03…WS-06). */
export type PresenceEndCause = NonNullable<PresenceSnapshot['change']>['cause'];

/** Who took or left an attendance, for the screens of both agents. */
export type AttendanceHandover = { userId?: string | null; fromUserId?: string | null };

/** A message of a conversation, rendered, with where it goes. */
export type MessageEvent = {
  attendanceId: string;
  seq: number;
  message: Message;
  assigneeId: string | null;
  channelType: string;
  contactIdentity: string | null;
};

/** Domain events written to the server's transactional outbox; listeners run after commit. */
export type DomainEventMap = {
  'attendance.created': { attendanceId: string };
  'attendance.queued': { attendanceId: string; queueId: string | null };
  'attendance.assigned': { attendanceId: string; userId: string; queueId: string | null };
  /** Carries the rendered message and where it goes, so delivery needs no reads. */
  'attendance.message': MessageEvent;
  /** A stored message changed: its delivery status, a reaction, an edit, its media (CH-02, CH-03). */
  'attendance.message.updated': MessageEvent;
  'attendance.updated': { attendanceId: string } & AttendanceHandover;
  'attendance.transferred': {
    attendanceId: string;
    fromUserId: string | null;
    toUserId: string | null;
    queueId: string | null;
    previousQueueId: string | null;
  };
  'attendance.finished': { attendanceId: string; queueId: string | null; userId: string | null; protocol: string | null };
  'attendance.rated': { attendanceId: string; rating: number };
  'presence.changed': { userId: string; action: PresenceAction['type'] | 'reconcile'; cause: PresenceEndCause; changes: PresenceChange[] };
  'pause_reason.saved': { pauseReasonId: string };
  'queue.created': { queueId: string };
  'queue.updated': { queueId: string; active: boolean };
  'queue.deleted': { queueId: string; userIds: string[] };
  'queue.members_changed': { queueId: string; removed: string[] };
  'channel.created': { channelId: string; queueId: string | null };
  'channel.updated': { channelId: string; queueId: string | null; previousQueueId: string | null; active: boolean };
  'channel.secret_rotated': { channelId: string };
  'person.created': { personId: string; type: Person['type'] };
  'person.updated': { personId: string };
  'team.created': { teamId: string };
  'team.updated': { teamId: string };
  'team.deleted': { teamId: string };
  'user.created': { userId: string; role: Role };
  'user.updated': { userId: string; changed: string[] };
  'user.deactivated': { userId: string; changed: string[] };
  'user.password_reset': { userId: string };
  'user.password_changed': { userId: string };
  /** SPEC ORG-06: who changed which service configuration entity. */
  'service_config.changed': { entity: string; action: string; id: string | null };
  /** SPEC VOX-01…VOX-03: a call changed state (ringing at an agent, answered, ended) or its flags. */
  /** `queued`: waiting for an agent (new, missed ring, transferred to a queue); `previousAgentId`: who it left. */
  'call.changed': {
    callId: string;
    kind: 'queued' | 'ringing' | 'answered' | 'ended' | 'updated';
    agentId: string | null;
    previousAgentId: string | null;
    queueId: string | null;
  };
  /** SPEC VOX-04: a call's recording was fetched and stored; it can be played. */
  'recording.ready': {
    recordingId: string;
    callId: string;
    attendanceId: string | null;
  };
  /** SPEC ALR-02: an app user fired an alert; the receiving team's group shows it as a card. */
  'alert.fired': { alert: AlertView };
  /** SPEC ALR-04: an alert was seen, assumed or closed; cards, the monitoring panel and the app follow. */
  'alert.changed': { alert: AlertView };
};

export type DomainEventType = keyof DomainEventMap;

/** The user and team events an admin's open screens refresh on. */
export const adminVisibleEvents = ['user.created', 'user.updated', 'user.deactivated', 'team.created', 'team.updated', 'team.deleted'] as const;
export type AdminVisibleEvent = (typeof adminVisibleEvents)[number];

/** Server → console pushes (the default Socket.IO namespace), by event name. */
export type ConsolePushes = {
  /** Which user or team event happened, with its payload. */
  'tenancy.changed': { type: AdminVisibleEvent } & DomainEventMap[AdminVisibleEvent];
  'presence.snapshot': PresenceSnapshot;
  'presence.agent': AgentPresence;
  'attendance.offered': AttendanceSummary;
  'attendance.updated': AttendanceSummary;
  'attendance.message': Message;
  /** The message with this id changed (ticks, reactions, edits, media): replace it. */
  'attendance.message.updated': Message;
  'attendance.typing': { attendanceId: string; from: 'contact' };
  'wallboard.updated': Wallboard;
  /** VOX-01: a call rings at this agent ("Nova chamada"). */
  'voice.ringing': CallRingingEvent;
  /** VOX-02: the call was answered (by this agent, or elsewhere: stop ringing). */
  'voice.answered': CallAnsweredEvent;
  /** VOX-03: the call ended, or stopped ringing at this agent. */
  'voice.ended': CallEndedEvent;
  /** VOX-02: hold, mute, transfer or DTMF changed the call. */
  'voice.updated': CallAnsweredEvent;
  /** VOX-02: the caller of a built-in call pressed keys (the console plays the tones). */
  'voice.dtmf': { callId: string; digits: string };
  /** ALR-02/ALR-06: a new alert, to the receiving team's members and to supervisors and admins. */
  'alert.fired': AlertView;
  /** ALR-04: an alert was seen, assumed or closed. */
  'alert.changed': AlertView;
  /**
   * ALR-04 "Conversas": something changed in a group chat this user belongs to (a message, members,
   * a name, a card's state); the payload is the collaboration module's own and is re-read by the screen.
   */
  'chat.changed': { chatId: string; kind: 'message' | 'message_updated' | 'chat' | 'read'; messageId?: string };
};

type ContactState = z.infer<typeof contactStateSchema>;

/** Server → widget pushes (namespace `/widget`), by event name. */
export type WidgetPushes = {
  message: Message;
  state: ContactState;
  typing: { agentName: string };
  /** VOX-06 (a): the visitor's built-in call was answered by an agent, or ended (either side, or unanswered). */
  'call.answered': { callId: string };
  'call.ended': { callId: string };
  /** VOX-02: keys the agent pressed on the keypad (the widget plays the tones). */
  'call.dtmf': { callId: string; digits: string };
};

/** A map of pushes as Socket.IO's listener map. */
export type Listeners<M> = { [K in keyof M]: (data: M[K]) => void };

export type ConsoleServerToClient = Listeners<ConsolePushes>;
/** Console → server. Arguments are re-checked on the server: a socket is untrusted input. */
export type ConsoleClientToServer = {
  'attendance.typing': (attendanceId: string) => void;
  'attendance.watch': (attendanceId: string, ack?: (allowed: boolean) => void) => void;
  'attendance.unwatch': (attendanceId: string) => void;
  /** VOX-06 (a): the agent's leg of a built-in call they answered: an SDP offer in, Atende's answer back. */
  'voice.rtc.join': (body: { callId: string; sdp: string }, ack: (r: RtcLegAnswer | RtcError) => void) => void;
};

/** Server → alert app pushes (namespace `/alert-app`), by event name (SPEC ALR-01: the alert's state, live). */
export type AlertAppPushes = {
  alert: AlertView;
  /** ALR-03 "Ligar pelo navegador" (VOX-06 a): the app user's built-in call was answered, or ended. */
  'call.answered': { callId: string };
  'call.ended': { callId: string };
  /** VOX-02: keys the agent pressed on the keypad (the app plays the tones). */
  'call.dtmf': { callId: string; digits: string };
};
/** Alert app → server (namespace `/alert-app`): the same built-in call signalling as the widget's. */
export type AlertAppClientToServer = {
  /** ALR-03: the app user's offer (ICE gathered) to the alerts' voice queue; the ack carries the call and Atende's answer. */
  'call.start': (body: { sdp: string }, ack: (r: RtcCallStarted | RtcError) => void) => void;
  'call.hangup': (callId: string) => void;
  /** VOX-02: keys the app user pressed during the call (callerDtmfSchema). */
  'call.dtmf': (body: { callId: string; digits: string }) => void;
};
export const ALERT_APP_NAMESPACE = '/alert-app';
export type AlertAppServerToClient = Listeners<AlertAppPushes>;

export const WIDGET_NAMESPACE = '/widget';
export type WidgetServerToClient = Listeners<WidgetPushes>;
export type WidgetClientToServer = {
  typing: () => void;
  /** VOX-06 (a) "Ligar": the visitor's offer (ICE gathered); the ack carries the call and Atende's answer. */
  'call.start': (body: { sdp: string }, ack: (r: RtcCallStarted | RtcError) => void) => void;
  'call.hangup': (callId: string) => void;
  /** VOX-02: keys the visitor pressed during the call (callerDtmfSchema). */
  'call.dtmf': (body: { callId: string; digits: string }) => void;
};

/** Pushes by namespace, for servers that publish into any of them. */
export type NamespacePushes = { '/': ConsolePushes; [WIDGET_NAMESPACE]: WidgetPushes; [ALERT_APP_NAMESPACE]: AlertAppPushes };

import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { attendanceById, signedTranscriptLink } from '../../attendances/index.js';
import { getPersonSummary } from '../../persons/index.js';
import { listStaff } from '../../tenancy/index.js';
import { callForCrm, signedRecordingLink } from '../../voice/index.js';
import { caseOrigin, type CaseInput } from './case-fields.js';
import type { SettingsRow, SyncRow } from './salesforce.repository.js';
import type { TaskActivity } from './task-fields.js';

// SPEC CRM-01…CRM-03: what a sync row stands for, read as the sync job needs it — a call (callId
// set) or, for organizations that sync chats, a chat attendance (callId null). The job then does the
// same for both: the Case, and once it is over the Task with its link.

export type SyncSource = {
  protocol: string | null;
  case: Omit<CaseInput, 'protocol' | 'documentField'>;
  /** The call ended or the attendance was finished: the Task is due. */
  over: boolean;
  /** The Task's "Comentários": the recording's link (once stored) or the transcript's. */
  link: string | null;
  activity: TaskActivity;
};

const digits = (document: string | null | undefined) => document?.replace(/\D/g, '') || null;

async function emailOf(s: Scope, userId: string | null): Promise<string | null> {
  return userId ? ((await listStaff(s)).find((u) => u.id === userId)?.email ?? null) : null;
}

async function callSource(platform: Platform, s: Scope, callId: string): Promise<SyncSource | null> {
  const call = await callForCrm(s, callId);
  if (!call) return null;
  const person = call.personId ? await getPersonSummary(s, call.personId) : null;
  return {
    protocol: call.protocol,
    case: {
      origin: caseOrigin('voice'),
      phone: call.fromNumber,
      email: null,
      document: digits(person?.document),
      agentEmail: await emailOf(s, call.agentId),
    },
    over: call.state === 'ended',
    link: call.recordingId ? signedRecordingLink(platform, s.organizationId, call.recordingId) : null,
    activity: { kind: 'call', direction: call.direction, durationSeconds: call.durationSeconds, at: call.answeredAt ?? new Date() },
  };
}

/**
 * A chat's phone and e-mail: the linked person's, else what the contact told (pre-chat form,
 * channel profile), else the channel's own identity when it is one (a WhatsApp number, an e-mail
 * address; a Telegram chat id or a widget visitor id is neither).
 */
async function chatSource(platform: Platform, s: Scope, attendanceId: string): Promise<SyncSource | null> {
  const a = await attendanceById(s, attendanceId);
  if (!a || a.channelType === 'voice') return null;
  const person = a.personId ? await getPersonSummary(s, a.personId) : null;
  const identity = a.contactIdentity?.trim() || null;
  return {
    protocol: a.protocol,
    case: {
      origin: caseOrigin(a.channelType),
      // `||`: a blank answer in the pre-chat form is no phone or e-mail.
      phone: person?.phone || a.contact.phone || (a.channelType === 'whatsapp' ? identity : null),
      email: person?.email || a.contact.email || (a.channelType === 'email' ? identity : null),
      document: digits(person?.document || a.contact.document),
      agentEmail: await emailOf(s, a.assigneeId ?? a.openedBy),
    },
    over: a.status === 'finished',
    link: signedTranscriptLink(platform, s.organizationId, a.id),
    activity: { kind: 'chat', at: a.finishedAt ?? new Date() },
  };
}

/** Null when there is nothing to sync any more (switched off, or the call or attendance is gone). */
export async function syncSource(platform: Platform, s: Scope, settings: SettingsRow | undefined, sync: SyncRow): Promise<SyncSource | null> {
  if (!settings?.enabled) return null;
  if (sync.callId) return callSource(platform, s, sync.callId);
  if (!settings.chats || !sync.attendanceId) return null;
  return chatSource(platform, s, sync.attendanceId);
}

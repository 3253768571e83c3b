// Attendances (ARCHITECTURE §3): the lifecycle (SPEC ATT-01…ATT-08), protocol, conversation and
// timeline of each service case, and what "in progress" means (SPEC WS-02).
export { attendancesPlugin } from './attendances.plugin.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow } from './attendances.repository.js';

/** Whether the agent holds (assigned or in progress) an attendance of the person: SPEC PER-04 reads follow it. */
export const holdsPersonAttendance = (s: Scope, userId: string, personId: string): Promise<boolean> =>
  attendancesRepo.holdsPersonAttendance(s, userId, personId);
/** The ids of the person's attendances, newest first (SPEC PER-04 "Agendamentos"). */
export const personAttendanceIds = async (s: Scope, personId: string, limit = 500): Promise<string[]> =>
  (await attendancesRepo.listForPerson(s, personId, limit)).map((a) => a.id);

/** SPEC PLT-05: the attendances with this protocol (in the system scope: one per organization at most). */
export const attendancesByProtocol = (s: SystemScope, protocol: string) => attendancesRepo.byProtocol(s, protocol);

/** How many attendances the agent holds that are not finished and already being served. */
export const countAttendancesInProgress = (s: Scope, userId: string): Promise<number> => attendancesRepo.countInProgress(s, userId);

// The lifecycle's steps, by intent: the only way another module changes an attendance's status,
// assignee or queue (issue item "one writer per state machine").
export {
  assignAttendance,
  closeUnansweredCall,
  nextProtocol,
  dropAssignee,
  openAttendance,
  releaseAttendance,
  startManualAttendance,
  takeAttendance,
  startService,
  transferAttendance,
  type OpenInput,
} from './lifecycle.js';
/** ATT-02: the queue's waiting contacts, highest priority then oldest first. */
export const waitingInQueue = (s: Scope, queueId: string, limit = 500) => attendancesRepo.waitingInQueue(s, queueId, limit);
/** How many contacts each agent holds in the queue (assigned or in progress). */
export const loadByAgent = (s: Scope, queueId: string, userIds: string[]) => attendancesRepo.loadByAgent(s, queueId, userIds);
/** Offers an agent has not answered yet on these channels (all channels when empty). */
export const unansweredOffers = (s: Scope, userId: string, channelIds: string[]) => attendancesRepo.activeOfAgentOnChannels(s, userId, channelIds);
/** Queues that have someone waiting (the routing safety sweep). */
export const queuesWithWaiting = (s: Scope) => attendancesRepo.queuesWithWaiting(s);
export {
  lockContactAttendances,
  lockOpenContactAttendance,
  postContactMessage,
  postContactMessageByIdentity,
  postContactMessagesToOpen,
  replyChannelState,
  replyThroughAttendance,
  resendSurvey,
} from './conversation.js';
// CH-02, CH-03: what channels report about stored messages, and what they accept from the agent.
export {
  channelMessage,
  deliveriesUpTo,
  holdDelivery,
  deliveryMovesForward,
  editContactMessage,
  messageForDelivery,
  reactToMessage,
  recordDelivery,
  settleMessageMedia,
} from './channel-messages.js';
export { replyWindowOpen, setOutboundPolicy } from './outbound-policy.js';
export { storeChannelMedia } from './channel-media.js';
export { detectMediaType } from './media-types.js';
export { systemMessageText } from './system-text.js';
export {
  contactMessages,
  contactState,
  contactStateById,
  discardUpload,
  latestContactAttendance,
  openAttachment,
  readAttachment,
  readAttachmentBytes,
  receiveAttachment,
  recordAttachment,
  storeAttachment,
  type ContactState,
} from './contact-view.js';
export { attendanceRoom } from './attendances.realtime.js';
/** Which channel and contact identity an attendance belongs to (channel adapters deliver with it). */
export async function contactRef(s: Scope, attendanceId: string) {
  const a = await attendancesRepo.byId(s, attendanceId);
  return a
    ? {
        channelType: a.channelType,
        channelId: a.channelId,
        contactIdentity: a.contactIdentity,
        assigneeId: a.assigneeId,
        queueId: a.queueId,
        status: a.status,
      }
    : undefined;
}
// Service data (modules/service, SPEC PAN-03…PAN-06): the access rule, the timeline and the steps it reuses.
export { assertCanAct, assertCanSee } from './access.js';
export type { AttendanceRow } from './attendances.repository.js';
/** ATT-10: one timeline event, authored by the scope's actor. */
export const addAttendanceEvent = (s: Scope, attendanceId: string, type: string, data: Record<string, unknown> = {}) =>
  attendancesRepo.addEvent(s, attendanceId, type, data);
/** One attendance under RLS (service data reads it, SPEC PAN-01…PAN-05). */
export const attendanceById = (s: Scope, id: string): Promise<AttendanceRow | undefined> => attendancesRepo.byId(s, id);
/** The attendance locked for the rest of the transaction. */
export const lockAttendance = (s: Scope, id: string): Promise<AttendanceRow | undefined> => attendancesRepo.lock(s, id);
export { setServiceData, type ServiceData } from './service-data.js';
export { sendAttachment } from './routes/attachment-reply.js';
export { signedTranscriptLink } from './transcript-link.js';
export { detectAttachmentType, MAX_ATTACHMENT_BYTES } from './file-types.js';

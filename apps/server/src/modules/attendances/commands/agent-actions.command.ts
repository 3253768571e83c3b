import type { finalizeBody, sendMessageBody, sendTemplateBody, transferBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { listStaff } from '../../tenancy/index.js';
import { queueKind } from '../../queues/index.js';
import { assertCanAct, assertCanSee, readableAttendance } from '../access.js';
import { readAttachment } from '../contact-view.js';
import { attendancesRepo } from '../attendances.repository.js';
import { postAgentMessage } from '../conversation.js';
import { finishAttendance, transferAttendance } from '../lifecycle.js';
import { summaryOf } from '../summaries.js';
import { renderMessages } from '../queries/attendances.queries.js';
import { assertChannelSendsFile, assertChannelSendsTemplates } from '../outbound-policy.js';
import { resendMessage } from '../channel-messages.js';

/** ATT-05: a reply or an internal note; a retried send with the same clientId is stored once. */
export function sendMessageCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof sendMessageBody>, now = new Date()) {
  if (!body.body && !body.attachmentId) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.body', rule: 'required' }] });
  return platform.tenant.asUser(p, async (s) => {
    // Who may read it is told why not (finished: 409, not theirs: 403); others get 404.
    await readableAttendance(s, p, await attendancesRepo.byId(s, id));
    // An attachment must be one uploaded to this very attendance, of a type its channel can send.
    if (body.attachmentId) {
      const file = await readAttachment(s, id, body.attachmentId);
      if (!body.internal) assertChannelSendsFile((await attendancesRepo.byId(s, id))!, file);
    }
    const { message } = await postAgentMessage(
      platform,
      s,
      id,
      p.userId,
      { body: body.body, internal: body.internal, clientId: body.clientId ?? null, attachmentId: body.attachmentId ?? null },
      now,
    );
    return (await renderMessages(s, [message]))[0]!;
  });
}

/** CH-02: an approved template (the only thing WhatsApp delivers outside the 24-hour window). */
export function sendTemplateCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof sendTemplateBody>, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    assertChannelSendsTemplates(await readableAttendance(s, p, await attendancesRepo.byId(s, id)));
    const template = { name: body.name, language: body.language, params: body.params };
    const { message } = await postAgentMessage(
      platform,
      s,
      id,
      p.userId,
      {
        body: body.text || body.params.join(' · '),
        internal: false,
        clientId: body.clientId ?? null,
        attachmentId: null,
        kind: 'template',
        content: { template },
      },
      now,
    );
    return (await renderMessages(s, [message]))[0]!;
  });
}

/** "Reenviar": the agent's undelivered message goes to its channel again. */
export function resendMessageCommand(platform: Platform, p: Principal, id: string, messageId: string) {
  return platform.tenant.asUser(p, (s) => resendMessage(platform, s, id, messageId, p.userId));
}

/** The holder's read mark: a reader of someone else's attendance (ATT-09) has none, so the strict rule stays. */
export function markReadCommand(platform: Platform, p: Principal, id: string, seq: number) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await attendancesRepo.byId(s, id);
    assertCanSee(p, a);
    if (a.assigneeId === p.userId && seq > a.agentReadSeq) await attendancesRepo.update(s, id, { agentReadSeq: Math.min(seq, a.lastSeq) });
  });
}

/** ATT-06: to another agent (who gets it at once) or back to a queue, with a comment kept in the history. */
export function transferCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof transferBody>, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await readableAttendance(s, p, await attendancesRepo.lock(s, id));
    assertCanAct(p, a);
    if (a.status === 'finished') throw new AppError('ATT_FINISHED');
    if (body.toUserId) {
      if (body.toUserId === a.assigneeId) throw new AppError('ATT_TRANSFER_INVALID');
      if (!(await listStaff(s)).some((u) => u.id === body.toUserId)) throw new AppError('USER_NOT_FOUND');
    } else {
      if (body.toQueueId === a.queueId && a.status === 'waiting') throw new AppError('ATT_TRANSFER_INVALID');
      const kind = await queueKind(s, body.toQueueId!);
      if (!kind) throw new AppError('QUEUE_NOT_FOUND');
      if ((kind === 'voice') !== (a.channelType === 'voice')) throw new AppError('QUEUE_KIND_MISMATCH');
    }
    const to = body.toUserId ? { toUserId: body.toUserId } : { toQueueId: body.toQueueId! };
    return summaryOf(s, await transferAttendance(platform, s, a, to, body.comment, now));
  });
}

export function finalizeCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof finalizeBody>, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await readableAttendance(s, p, await attendancesRepo.lock(s, id));
    assertCanAct(p, a);
    if (a.status === 'waiting') throw new AppError('ATT_NOT_IN_PROGRESS');
    const { attendance } = await finishAttendance(platform, s, a, body, now);
    return summaryOf(s, attendance);
  });
}

/**
 * ATT-05: an attachment's file, for whoever may read the transcript (ATT-09/PER-04). Only an explicit
 * download (PAN-05 "Download de anexo solicitado") is an interaction with its author; the console's
 * image thumbnails load the same file and record nothing.
 */
export function readAttachmentCommand(platform: Platform, p: Principal, id: string, attachmentId: string, download: boolean) {
  return platform.tenant.asUser(p, async (s) => {
    await readableAttendance(s, p, await attendancesRepo.byId(s, id));
    const found = await readAttachment(s, id, attachmentId);
    if (download) await attendancesRepo.addEvent(s, id, 'attachment_downloaded', { attachmentId: found.id, fileName: found.fileName });
    return found;
  });
}

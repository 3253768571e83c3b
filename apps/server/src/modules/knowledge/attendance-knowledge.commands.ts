import type { AttendanceInformation, AttendanceKnowledge, registerRequestBody, ServiceRequest } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { addAttendanceEvent, nextProtocol, readAttachment } from '../attendances/index.js';
import { dueUnderPolicy } from '../service/index.js';
import { actableAttendance, announce, visibleAttendance } from './attendance-access.js';
import { informationsRepo } from './informations.repository.js';
import { requestsRepo } from './requests.repository.js';
import { toRequests } from './requests.view.js';
import { loadItem } from './tree.commands.js';

const DAY = 86_400_000;

/**
 * SPEC KB-02 "Registrar Informação": the agent read the item's "Solução Proposta" to the customer and
 * confirms; the attendance records it (and its timeline says so).
 */
export function registerInformationCommand(platform: Platform, p: Principal, attendanceId: string, itemId: string): Promise<AttendanceInformation> {
  return platform.tenant.asUser(p, async (s) => {
    const a = await actableAttendance(s, p, attendanceId);
    const item = await loadItem(s, itemId);
    if (item.kind !== 'information' || !item.active) throw new AppError('KNOWLEDGE_ITEM_NOT_FOUND');
    const row = await informationsRepo.insert(s, a.id, item.id, item.title);
    await addAttendanceEvent(s, a.id, 'information_registered', { title: item.title });
    await announce(platform, s, a.id);
    return { id: row.id, itemId: row.itemId, title: row.title, createdByName: p.name, createdAt: row.createdAt.toISOString() };
  });
}

/**
 * SPEC KB-03 "Registrar Solicitação": description required, attachments optional (uploads of this
 * attendance), an identified type needs a linked person; the request takes its own protocol from
 * the attendances' counter, its type's team and SLA: its SLA policy in the attendance's company
 * calendar (KB-01), else calendar days from now (7 by default, the SAC deadline).
 */
export function registerRequestCommand(
  platform: Platform,
  p: Principal,
  attendanceId: string,
  body: z.infer<typeof registerRequestBody>,
  now = new Date(),
): Promise<ServiceRequest> {
  return platform.tenant.asUser(p, async (s) => {
    const a = await actableAttendance(s, p, attendanceId);
    const type = await loadItem(s, body.requestTypeId);
    if (type.kind !== 'request_type' || !type.active) throw new AppError('KNOWLEDGE_ITEM_NOT_FOUND');
    if (type.identified && !a.personId) throw new AppError('REQUEST_PERSON_REQUIRED');
    if (body.attachmentIds.length && !type.attachmentsAllowed) throw new AppError('REQUEST_ATTACHMENTS_NOT_ALLOWED');
    for (const id of body.attachmentIds) await readAttachment(s, a.id, id);
    const row = await requestsRepo.insert(s, {
      protocol: await nextProtocol(s, now),
      requestTypeId: type.id,
      title: type.title,
      attendanceId: a.id,
      // An anonymous type stays anonymous even when the attendance has a person (SPEC KB-01).
      personId: type.identified ? a.personId : null,
      description: body.description,
      teamId: type.teamId,
      dueAt: (type.slaPolicyId && (await dueUnderPolicy(s, type.slaPolicyId, a.companyId, now))) || new Date(now.getTime() + type.slaDays * DAY),
      attachmentIds: [...new Set(body.attachmentIds)],
    });
    await addAttendanceEvent(s, a.id, 'request_registered', { protocol: row.protocol, title: row.title });
    await announce(platform, s, a.id);
    return (await toRequests(s, [row]))[0]!;
  });
}

/** SPEC ATT-07: what "Finalizar" lists — the information given and the requests registered. */
export function attendanceKnowledgeQuery(platform: Platform, p: Principal, attendanceId: string): Promise<AttendanceKnowledge> {
  return platform.tenant.asUser(p, async (s) => {
    const a = await visibleAttendance(s, p, attendanceId);
    const informations = (await informationsRepo.ofAttendance(s, a.id)).map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }));
    const requests = await toRequests(s, await requestsRepo.list(s, { attendanceId: a.id }));
    return { informations, requests: requests.reverse() };
  });
}

import { roleAtLeast, type HistoryPageQuery, type listRequestsQuery, type updateRequestBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { composeMail } from '../../platform/mail/mail-texts.js';
import type { Platform } from '../../platform/platform.js';
import { attendanceById, holdsPersonAttendance, replyChannelState, replyThroughAttendance } from '../attendances/index.js';
import { getPersonSummary, personEmails } from '../persons/index.js';
import { listStaff, organizationName, teamExists } from '../tenancy/index.js';
import { requestsRepo, type RequestRow } from './requests.repository.js';
import { toRequests } from './requests.view.js';

// SPEC KB-03: the "Solicitações" list of the responsible team, and each request's lifecycle
// (aberta → em andamento → respondida → encerrada), assignee or team, and comments.
// Supervisors and admins see every request; an agent those of their teams, assigned to them or
// registered by them — any other reads as not found.

const everything = (p: Principal) => roleAtLeast(p.role, 'supervisor');

async function reachable(s: Scope, p: Principal, row: RequestRow | undefined): Promise<RequestRow> {
  if (!row) throw new AppError('REQUEST_NOT_FOUND');
  if (everything(p) || row.assigneeId === p.userId || row.createdBy === p.userId) return row;
  if (row.teamId && (await requestsRepo.isMember(s, row.teamId, p.userId))) return row;
  throw new AppError('REQUEST_NOT_FOUND');
}

export function listRequestsCommand(platform: Platform, p: Principal, query: z.infer<typeof listRequestsQuery>) {
  return platform.tenant.asUser(p, async (s) => ({
    items: await toRequests(s, await requestsRepo.list(s, query, everything(p) ? undefined : p.userId)),
  }));
}

/** SPEC KB-03: where an e-mail reply would go — the person's first e-mail, when SMTP is set. */
async function emailReplyTarget(platform: Platform, s: Scope, row: RequestRow) {
  const [to] = row.personId ? await personEmails(s, row.personId) : [];
  const available = Boolean(to) && (await platform.mail.isConfigured(s));
  return { available, to: to ?? null };
}

/** SPEC KB-03: whether a reply can go through the channel of the attendance the request came from. */
async function channelReplyTarget(s: Scope, row: RequestRow, now: Date) {
  const a = row.attendanceId ? await attendanceById(s, row.attendanceId) : undefined;
  if (!a) return { available: false, channelType: null, reason: 'no_attendance' as const };
  const { channelType, unavailable } = replyChannelState(a, now);
  return { available: !unavailable, channelType, reason: unavailable };
}

async function detail(platform: Platform, s: Scope, row: RequestRow) {
  const [request] = await toRequests(s, [row]);
  const comments = (await requestsRepo.comments(s, row.id)).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }));
  return {
    ...request!,
    comments,
    emailReply: await emailReplyTarget(platform, s, row),
    channelReply: await channelReplyTarget(s, row, new Date()),
  };
}

/**
 * Reading goes as far as the attendances' reading (SPEC PER-04, ATT-09): an agent holding an
 * attendance of the person reads that person's requests (seed 002 §1.4: each opens by its protocol).
 */
async function readable(s: Scope, p: Principal, row: RequestRow | undefined): Promise<RequestRow> {
  if (row?.personId && !everything(p) && (await holdsPersonAttendance(s, p.userId, row.personId))) return row;
  return reachable(s, p, row);
}

export function requestDetailQuery(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => detail(platform, s, await readable(s, p, await requestsRepo.byId(s, id))));
}

// SPEC PER-04 "Histórico → Solicitações": the person's requests, newest first, one page at a time,
// as far as the caller reads them.
export function personRequestsQuery(platform: Platform, p: Principal, personId: string, { page, pageSize }: HistoryPageQuery) {
  return platform.tenant.asUser(p, async (s) => {
    if (!(await getPersonSummary(s, personId))) throw new AppError('PERSON_NOT_FOUND');
    const all = everything(p) || (await holdsPersonAttendance(s, p.userId, personId));
    const { rows, total } = await requestsRepo.page(s, { personId }, all ? undefined : p.userId, pageSize, (page - 1) * pageSize);
    return { items: await toRequests(s, rows), total, page, pageSize };
  });
}

export function updateRequestCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateRequestBody>) {
  return platform.tenant.asUser(p, async (s) => {
    const row = await reachable(s, p, await requestsRepo.lock(s, id));
    if (body.teamId && !(await teamExists(s, body.teamId))) throw new AppError('TEAM_NOT_FOUND');
    if (body.assigneeId && !(await listStaff(s)).some((u) => u.id === body.assigneeId)) throw new AppError('USER_NOT_FOUND');
    const updated = await requestsRepo.update(s, row.id, body);
    return detail(platform, s, updated);
  });
}

/**
 * A comment, or (SPEC KB-03) a reply to the customer: by e-mail, sent to the person's first e-mail
 * through the organization's SMTP, or through the channel of the attendance the request came from;
 * recorded on the request with where it went.
 */
export function commentRequestCommand(platform: Platform, p: Principal, id: string, input: { body: string; via: 'comment' | 'email' | 'channel' }) {
  return platform.tenant.asUser(p, async (s) => {
    const row = await reachable(s, p, await requestsRepo.lock(s, id));
    if (input.via === 'email') {
      if (!row.personId) throw new AppError('REQUEST_PERSON_REQUIRED');
      const { to } = await emailReplyTarget(platform, s, row);
      if (!to) throw new AppError('PERSON_NO_EMAIL');
      if (!(await platform.mail.isConfigured(s))) throw new AppError('MAIL_NOT_CONFIGURED');
      const person = await getPersonSummary(s, row.personId);
      const vars = { name: person?.name ?? '', body: input.body, protocol: row.protocol, organization: await organizationName(s) };
      await platform.mail.enqueue(s, 'request_reply', composeMail('requestReply', 'pt-BR', to, vars));
      await requestsRepo.addComment(s, row.id, input.body, { via: 'email', to });
    } else if (input.via === 'channel') {
      if (!row.attendanceId) throw new AppError('REQUEST_CHANNEL_UNAVAILABLE');
      // The customer reads which request is answered (customers' language is not stored: pt-BR).
      const text = `Solicitação ${row.protocol}: ${input.body}`;
      const sent = await replyThroughAttendance(platform, s, row.attendanceId, p.userId, text, new Date());
      await requestsRepo.addComment(s, row.id, input.body, { via: 'channel', to: sent.channelType });
    } else {
      await requestsRepo.addComment(s, row.id, input.body);
    }
    return detail(platform, s, row);
  });
}

import {
  historyPage,
  historyPageQuery,
  attendanceDetail,
  attendanceSummary,
  errorBodySchema,
  finalizeBody,
  idParams,
  linkPersonBody,
  listAttendancesQuery,
  startAttendanceBody,
  messageSchema,
  messagesQuery,
  sendMessageBody,
  sendTemplateBody,
  transferBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { getPersonSummary } from '../../persons/index.js';
import {
  finalizeCommand,
  markReadCommand,
  resendMessageCommand,
  sendMessageCommand,
  sendTemplateCommand,
  transferCommand,
} from '../commands/agent-actions.command.js';
import { linkPersonCommand, startAttendanceCommand } from '../commands/person-and-start.command.js';
import { attendancesRepo } from '../attendances.repository.js';
import { summariesOf } from '../summaries.js';
import { attendanceDetailQuery, listAttendancesQuery as listQuery, messagesAfterQuery } from '../queries/attendances.queries.js';

// SPEC WS-09, ATT-03…ATT-10: the agent's "Atendimento" and "Histórico" tabs.
export async function attendancesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendances'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/attendances',
    {
      schema: {
        tags,
        summary: 'My active attendances, or my finished ones (history, newest first)',
        querystring: listAttendancesQuery,
        response: { 200: z.object({ items: z.array(attendanceSummary) }) },
      },
    },
    async (req) => ({ items: await listQuery(platform, principalOf(req), req.query.view, req.query.limit) }),
  );
  r.get(
    '/api/attendances/:id',
    { schema: { tags, summary: 'An attendance with its transcript and events', params: idParams, response: { 200: attendanceDetail, ...errors } } },
    (req) => attendanceDetailQuery(platform, principalOf(req), req.params.id),
  );
  r.get(
    '/api/attendances/:id/messages',
    {
      schema: {
        tags,
        summary: 'Messages after a sequence number (reconnect catch-up)',
        params: idParams,
        querystring: messagesQuery,
        response: { 200: z.object({ items: z.array(messageSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await messagesAfterQuery(platform, principalOf(req), req.params.id, req.query.afterSeq) }),
  );
  r.post(
    '/api/attendances/:id/messages',
    {
      schema: {
        tags,
        summary: 'Reply or add an internal note (the first reply issues the protocol)',
        params: idParams,
        body: sendMessageBody,
        response: { 200: messageSchema, ...errors },
      },
    },
    (req) => sendMessageCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/templates',
    {
      schema: {
        tags,
        summary: 'Send an approved template (WhatsApp: the only message allowed outside the 24-hour window)',
        params: idParams,
        body: sendTemplateBody,
        response: { 201: messageSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await sendTemplateCommand(platform, principalOf(req), req.params.id, req.body)),
  );
  r.post(
    '/api/attendances/:id/messages/:messageId/resend',
    {
      schema: {
        tags,
        summary: 'Send an undelivered message again ("Reenviar")',
        params: z.object({ id: z.uuid(), messageId: z.uuid() }),
        response: { 200: messageSchema, ...errors },
      },
    },
    (req) => resendMessageCommand(platform, principalOf(req), req.params.id, req.params.messageId),
  );
  r.post(
    '/api/attendances/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark messages read up to a sequence number',
        params: idParams,
        body: z.object({ seq: z.number().int().min(0) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await markReadCommand(platform, principalOf(req), req.params.id, req.body.seq);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/attendances/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer to an agent or a queue, with a comment',
        params: idParams,
        body: transferBody,
        response: { 200: attendanceSummary, ...errors },
      },
    },
    (req) => transferCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/finalize',
    {
      schema: {
        tags,
        summary: 'Finish ("Finalizar") with a closing classification',
        params: idParams,
        body: finalizeBody,
        response: { 200: attendanceSummary, ...errors },
      },
    },
    (req) => finalizeCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances',
    {
      schema: {
        tags,
        summary: 'Start an attendance by hand ("Iniciar atendimento", ORG-04)',
        body: startAttendanceBody,
        response: { 201: attendanceSummary, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await startAttendanceCommand(platform, principalOf(req), req.body.personId)),
  );
  r.post(
    '/api/attendances/:id/person',
    {
      schema: {
        tags,
        summary: 'Link a person ("Vincular"), or unlink with null',
        params: idParams,
        body: linkPersonBody,
        response: { 200: attendanceSummary, ...errors },
      },
    },
    (req) => linkPersonCommand(platform, principalOf(req), req.params.id, req.body.personId),
  );
  // SPEC PER-04: the person's history, "Atendimentos" tab, paged, newest first.
  r.get(
    '/api/persons/:id/attendances',
    {
      schema: {
        tags,
        summary: 'A person’s attendances, newest first, one page at a time',
        params: idParams,
        querystring: historyPageQuery,
        response: { 200: historyPage(attendanceSummary) },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const { page, pageSize } = req.query;
      return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
        if (!(await getPersonSummary(s, req.params.id))) throw new AppError('PERSON_NOT_FOUND');
        const rows = await attendancesRepo.listForPerson(s, req.params.id, pageSize, (page - 1) * pageSize);
        return { items: await summariesOf(s, rows), total: await attendancesRepo.countForPerson(s, req.params.id), page, pageSize };
      });
    },
  );
}

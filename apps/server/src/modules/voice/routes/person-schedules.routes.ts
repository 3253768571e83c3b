import { callbackTask, errorBodySchema, historyPage, historyPageQuery, idParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { personAttendanceIds } from '../../attendances/index.js';
import { getPersonSummary } from '../../persons/index.js';
import { toCallback } from '../calls/callback-view.js';
import { voiceRepo } from '../voice.repository.js';

// SPEC PER-04 "Histórico → Agendamentos": what is scheduled for the person — the call-backs of
// their abandoned calls (the call-back list is open to every staff member, as /api/voice/callbacks).
export async function personSchedulesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  r.get(
    '/api/persons/:id/schedules',
    {
      schema: {
        tags: ['persons'],
        summary: 'A person’s scheduled call-backs, newest first, one page at a time ("Histórico → Agendamentos")',
        params: idParams,
        querystring: historyPageQuery,
        response: { 200: historyPage(callbackTask), 404: errorBodySchema },
      },
    },
    (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        if (!(await getPersonSummary(s, req.params.id))) throw new AppError('PERSON_NOT_FOUND');
        const { page, pageSize } = req.query;
        // Every attendance of the person: a call-back may belong to an old one.
        const ids = await personAttendanceIds(s, req.params.id, 10_000);
        const { rows, total } = await voiceRepo.callbacksOfAttendances(s, ids, pageSize, (page - 1) * pageSize);
        const items = [];
        for (const row of rows) items.push(toCallback({ ...row, callerName: (await voiceRepo.callById(s, row.callId))?.callerName ?? null }));
        return { items, total, page, pageSize };
      }),
  );
}

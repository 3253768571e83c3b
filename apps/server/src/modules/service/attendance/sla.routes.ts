import {
  attendanceServiceSchema,
  errorBodySchema,
  idParams,
  slaHistoryResponse,
  slaIncrementBody,
  slaPauseBody,
  slaPreviewBody,
  slaPreviewResponse,
  slaResumeBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { requireTool } from '../config/api.js';
import { incrementSlaCommand, pauseSlaCommand, previewIncrementQuery, resumeSlaCommand, slaHistoryQuery } from './sla.commands.js';

// SPEC PAN-04, PAN-10: "Modificar SLA" (tool sla.modify) and its "Histórico" (tool sla.history).
export async function slaRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendance service'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const modify = requireTool('sla.modify');
  const ok = { 200: attendanceServiceSchema, ...errors };

  r.post(
    '/api/attendances/:id/sla/preview',
    {
      preHandler: modify,
      schema: {
        tags,
        summary: '"Novo prazo" of an increment, before confirming',
        params: idParams,
        body: slaPreviewBody,
        response: { 200: slaPreviewResponse, ...errors },
      },
    },
    (req) => previewIncrementQuery(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/sla/increment',
    {
      preHandler: modify,
      schema: { tags, summary: '"Incrementar SLA" (confirm: true required)', params: idParams, body: slaIncrementBody, response: ok },
    },
    (req) => incrementSlaCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/sla/pause',
    { preHandler: modify, schema: { tags, summary: '"Pausar SLA" (confirm: true required)', params: idParams, body: slaPauseBody, response: ok } },
    (req) => pauseSlaCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/sla/resume',
    { preHandler: modify, schema: { tags, summary: 'Resume a paused SLA', params: idParams, body: slaResumeBody, response: ok } },
    (req) => resumeSlaCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/api/attendances/:id/sla/history',
    {
      preHandler: requireTool('sla.history'),
      schema: { tags, summary: 'SLA interventions, newest first', params: idParams, response: { 200: slaHistoryResponse, ...errors } },
    },
    (req) => slaHistoryQuery(platform, principalOf(req), req.params.id),
  );
}

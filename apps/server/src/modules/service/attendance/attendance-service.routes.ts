import {
  attendanceServiceSchema,
  closeSubprocessBody,
  errorBodySchema,
  forwardProcessBody,
  idParams,
  newPanelAttendanceBody,
  patchAttendanceServiceBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { requireTool } from '../config/api.js';
import { visibleAttendance } from './access.js';
import { releaseCommand, resendSurveyCommand, takeCommand } from './assignment.commands.js';
import { attendanceServiceView } from './attendance-service.view.js';
import { registerClosingClassification } from './closing.listener.js';
import { registerServiceDefaults } from './defaults.listener.js';
import { newPanelAttendanceCommand, patchServiceCommand } from './details.commands.js';
import { closeSubprocessCommand, forwardCommand } from './process.commands.js';
import { serviceOrdersRoutes } from './service-orders.routes.js';
import { slaRoutes } from './sla.routes.js';

// SPEC PAN-03…PAN-06, PAN-10: an attendance's service data, changed from the panels. Each tool is
// checked against "Permissões de ferramentas" (ORG-03) before the handler runs.
export async function attendanceServiceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendance service'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const ok = { 200: attendanceServiceSchema, ...errors };
  registerServiceDefaults(platform);
  registerClosingClassification(platform);

  r.get(
    '/api/attendances/:id/service',
    { schema: { tags, summary: 'An attendance’s service data (panel detail)', params: idParams, response: ok } },
    (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => attendanceServiceView(s, (await visibleAttendance(s, p, req.params.id)).id));
    },
  );
  r.patch(
    '/api/attendances/:id/service',
    {
      preHandler: requireTool('attendance.edit'),
      schema: { tags, summary: 'Edit an attendance ("Editar")', params: idParams, body: patchAttendanceServiceBody, response: ok },
    },
    (req) => patchServiceCommand(platform, principalOf(req), req.params.id, req.body),
  );
  // POST /api/attendances is the agent's "Iniciar atendimento" (ORG-04); the panel's has its own path.
  r.post(
    '/api/attendances/panel',
    {
      preHandler: requireTool('attendance.new'),
      schema: {
        tags,
        summary: '"Novo atendimento" from the panel',
        body: newPanelAttendanceBody,
        response: { 201: attendanceServiceSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await newPanelAttendanceCommand(platform, principalOf(req), req.body)),
  );
  r.post(
    '/api/attendances/:id/take',
    {
      preHandler: requireTool('attendance.take'),
      schema: { tags, summary: '"Resgate": become responsible for the attendance', params: idParams, response: ok },
    },
    (req) => takeCommand(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/attendances/:id/release',
    {
      preHandler: requireTool('attendance.release'),
      schema: { tags, summary: '"Liberação": nobody responsible ("Sem resgate")', params: idParams, response: ok },
    },
    (req) => releaseCommand(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/attendances/:id/forward',
    {
      preHandler: requireTool('process.forward'),
      schema: { tags, summary: 'Forward to a process (starts its first subprocess)', params: idParams, body: forwardProcessBody, response: ok },
    },
    (req) => forwardCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/subprocess/close',
    {
      preHandler: requireTool('subprocess.close'),
      schema: { tags, summary: 'Close the open subprocess (starts the next one)', params: idParams, body: closeSubprocessBody, response: ok },
    },
    (req) => closeSubprocessCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/attendances/:id/survey/resend',
    {
      preHandler: requireTool('survey.resend'),
      schema: { tags, summary: '"Reenviar avaliação" (ATT-08)', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await resendSurveyCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  await app.register(slaRoutes);
  await app.register(serviceOrdersRoutes);
}

import {
  attendanceFormBody,
  attendanceFormFillSchema,
  attendanceFormSchema,
  errorBodySchema,
  formAnswersBody,
  idParams,
  updateAttendanceFormBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { attendanceFormsQuery, createFormCommand, listFormsQuery, saveFormAnswersCommand, updateFormCommand } from './forms.commands.js';

// SPEC ATT-12: admins manage the forms; an attendance lists and stores their answers.
export async function formsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendance forms'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/attendance-forms',
    { config: admin, schema: { tags, summary: 'Every form', response: { 200: z.object({ items: z.array(attendanceFormSchema) }), ...errors } } },
    (req) => listFormsQuery(platform, principalOf(req)),
  );
  r.post(
    '/api/attendance-forms',
    { config: admin, schema: { tags, summary: 'Create a form', body: attendanceFormBody, response: { 201: attendanceFormSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createFormCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/attendance-forms/:id',
    {
      config: admin,
      schema: { tags, summary: 'Edit a form', params: idParams, body: updateAttendanceFormBody, response: { 200: attendanceFormSchema, ...errors } },
    },
    (req) => updateFormCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/api/attendances/:id/forms',
    {
      schema: {
        tags,
        summary: 'The forms the caller may fill in the attendance, with their answers',
        params: idParams,
        response: { 200: z.object({ items: z.array(attendanceFormFillSchema) }), ...errors },
      },
    },
    (req) => attendanceFormsQuery(platform, principalOf(req), req.params.id),
  );
  r.put(
    '/api/attendances/:id/forms/:formId',
    {
      schema: {
        tags,
        summary: 'Store a form’s answers in the attendance',
        params: z.object({ id: z.uuid(), formId: z.uuid() }),
        body: formAnswersBody,
        response: { 200: attendanceFormFillSchema, ...errors },
      },
    },
    (req) => saveFormAnswersCommand(platform, principalOf(req), req.params.id, req.params.formId, req.body.answers),
  );
}

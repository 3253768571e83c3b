import {
  calendarBody,
  calendarSchema,
  errorBodySchema,
  holidayBody,
  holidaySchema,
  holidaysQuery,
  idParams,
  updateCalendarBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../platform/auth/index.js';
import * as calendars from '../commands/calendars.command.js';

// SPEC PAN-04: business calendars and their holidays.
export async function calendarsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['service-config'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/calendars',
    { schema: { tags, summary: 'List business calendars (default first)', response: { 200: z.object({ items: z.array(calendarSchema) }) } } },
    async (req) => ({
      items: await calendars.listCalendarsQuery(platform, principalOf(req)),
    }),
  );
  r.post(
    '/api/calendars',
    { config: admin, schema: { tags, summary: 'Create a business calendar', body: calendarBody, response: { 201: calendarSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await calendars.createCalendarCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/calendars/:id',
    {
      config: admin,
      schema: { tags, summary: 'Edit a business calendar', params: idParams, body: updateCalendarBody, response: { 200: calendarSchema, ...errors } },
    },
    (req) => calendars.updateCalendarCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/calendars/:id',
    {
      config: admin,
      schema: { tags, summary: "Delete a company's calendar (never the default)", params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await calendars.deleteCalendarCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/calendars/:id/holidays',
    {
      schema: {
        tags,
        summary: "A year's holidays: national ones (when observed) and the calendar's own, by date",
        params: idParams,
        querystring: holidaysQuery,
        response: { 200: z.object({ items: z.array(holidaySchema) }), ...errors },
      },
    },
    async (req) => ({
      items: await calendars.listHolidaysQuery(platform, principalOf(req), req.params.id, req.query.year ?? new Date().getUTCFullYear()),
    }),
  );
  r.post(
    '/api/calendars/:id/holidays',
    {
      config: admin,
      schema: { tags, summary: 'Add an own holiday to a calendar', params: idParams, body: holidayBody, response: { 201: holidaySchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await calendars.createHolidayCommand(platform, principalOf(req), req.params.id, req.body)),
  );
  r.delete(
    '/api/calendar-holidays/:id',
    { config: admin, schema: { tags, summary: 'Remove an own holiday', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await calendars.deleteHolidayCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}

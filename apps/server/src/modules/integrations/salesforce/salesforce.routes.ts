import {
  errorBodySchema,
  idParams,
  salesforceSettingsBody,
  salesforceSettingsSchema,
  salesforceSyncSchema,
  salesforceTestResult,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import {
  getSalesforceSettings,
  listSalesforceSyncs,
  retrySalesforceSync,
  saveSalesforceSettings,
  salesforceSyncOfAttendance,
  testSalesforceConnection,
} from './salesforce.commands.js';

// SPEC CRM-01…CRM-03: settings, "Testar conexão" and the integration log are for admins; the
// attendance's status line and "Tentar novamente" for the staff who see the attendance.
export async function salesforceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['integrations'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get(
    '/api/integrations/salesforce',
    { config: admin, schema: { tags, summary: 'Salesforce settings (never the secrets)', response: { 200: salesforceSettingsSchema, ...errors } } },
    async (req) => getSalesforceSettings(platform, principalOf(req)),
  );
  r.put(
    '/api/integrations/salesforce',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Save the Salesforce settings; secrets are write-only',
        body: salesforceSettingsBody,
        response: { 200: salesforceSettingsSchema, ...errors },
      },
    },
    async (req) => saveSalesforceSettings(platform, principalOf(req), req.body),
  );
  r.post(
    '/api/integrations/salesforce/test',
    { config: admin, schema: { tags, summary: 'Test the connection ("Testar conexão")', response: { 200: salesforceTestResult, ...errors } } },
    async (req) => testSalesforceConnection(platform, principalOf(req)),
  );
  r.get(
    '/api/integrations/salesforce/syncs',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Integration log: the latest 100 calls synced',
        response: { 200: z.object({ items: z.array(salesforceSyncSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listSalesforceSyncs(platform, principalOf(req)) }),
  );
  r.get(
    '/api/integrations/salesforce/attendances/:id',
    {
      schema: {
        tags,
        summary: "An attendance's Salesforce status",
        params: idParams,
        response: { 200: z.object({ enabled: z.boolean(), sync: salesforceSyncSchema.nullable() }), ...errors },
      },
    },
    async (req) => salesforceSyncOfAttendance(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/integrations/salesforce/syncs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Try a failed sync again now ("Tentar novamente")',
        params: idParams,
        response: { 202: salesforceSyncSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await retrySalesforceSync(platform, principalOf(req), req.params.id)),
  );
}

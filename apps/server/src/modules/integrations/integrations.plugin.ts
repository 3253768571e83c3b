import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { apiTokensRoutes } from './api-tokens/api-tokens.routes.js';
import { bearerAuthenticatorFor } from './api-tokens/bearer-authenticator.js';
import { startSalesforceListener } from './salesforce/salesforce.listener.js';
import { salesforceRoutes } from './salesforce/salesforce.routes.js';
import { registerSalesforceJob } from './salesforce/salesforce-sync.job.js';
import { registerWebhookJob } from './webhooks/webhook-delivery.job.js';
import { startWebhookDispatch } from './webhooks/webhook-dispatch.listener.js';
import { webhooksRoutes } from './webhooks/webhooks.routes.js';

// SPEC PLT-02 (API tokens) and PLT-03 (signed outbound webhooks). CRM connectors (CRM-01…03)
// belong here too: they listen to domain events and call out through jobs the same way.
async function integrations(app: FastifyInstance) {
  const platform = app.platform;
  platform.auth.setBearerAuthenticator(bearerAuthenticatorFor(platform));
  registerWebhookJob(platform, app.log);
  startWebhookDispatch(platform);
  registerSalesforceJob(platform, app.log);
  startSalesforceListener(platform);
  await app.register(apiTokensRoutes);
  await app.register(webhooksRoutes);
  await app.register(salesforceRoutes);
}

// Tokens act as a user of the tenancy module's tables; webhooks only read the outbox; Salesforce
// reads calls through the voice module's public face.
export const integrationsPlugin = fp(integrations, {
  name: 'atende-integrations',
  dependencies: ['atende-tenancy', 'atende-voice'],
  encapsulate: true,
});

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { formsRoutes } from './forms.routes.js';
import { knowledgeRoutes } from './knowledge.routes.js';
import { protocolLookupRoutes } from './protocol-lookup.routes.js';
import { portalRoutes } from './portal/portal.routes.js';
import { requestsRoutes } from './requests.routes.js';
import { scriptsRoutes } from './scripts.routes.js';

// SPEC KB-01…KB-03, ATT-07, ATT-11, ATT-12: knowledge base, requests, attendance scripts and forms.
async function knowledge(app: FastifyInstance) {
  await app.register(knowledgeRoutes);
  await app.register(requestsRoutes);
  await app.register(scriptsRoutes);
  await app.register(formsRoutes);
  await app.register(protocolLookupRoutes);
  await app.register(portalRoutes);
}

export const knowledgePlugin = fp(knowledge, {
  name: 'atende-knowledge',
  dependencies: ['atende-tenancy', 'atende-persons', 'atende-attendances'],
  encapsulate: true,
});

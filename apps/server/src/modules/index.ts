import { alertsPlugin } from './alerts/index.js';
import type { FastifyPluginAsync } from 'fastify';
import { attendancesPlugin } from './attendances/index.js';
import { channelsPlugin } from './channels/index.js';
import { integrationsPlugin } from './integrations/index.js';
import { knowledgePlugin } from './knowledge/index.js';
import { personsPlugin } from './persons/index.js';
import { presencePlugin } from './presence/index.js';
import { queuesPlugin } from './queues/index.js';
import { panelsPlugin } from './panels/index.js';
import { routingPlugin } from './routing/index.js';
import { servicePlugin } from './service/index.js';
import { tenancyPlugin } from './tenancy/index.js';
import { voicePlugin } from './voice/index.js';

/** Every feature module. Each declares its name and dependencies; app.ts registers each after those it needs. */
export const modules: FastifyPluginAsync[] = [
  tenancyPlugin,
  presencePlugin,
  queuesPlugin,
  routingPlugin,
  channelsPlugin,
  attendancesPlugin,
  voicePlugin,
  personsPlugin,
  servicePlugin,
  knowledgePlugin,
  panelsPlugin,
  integrationsPlugin,
  alertsPlugin,
];

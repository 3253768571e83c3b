import type { FastifyPluginAsync } from 'fastify';
import { tenancyPlugin } from './tenancy/index.js';

/** Every feature module, registered in this order by app.ts. */
export const modules: FastifyPluginAsync[] = [tenancyPlugin];

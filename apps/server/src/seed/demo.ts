import { seedAlertsDemo } from '../modules/alerts/index.js';
import { seedKnowledgeDemo } from '../modules/knowledge/index.js';
import { seedPresenceDemo } from '../modules/presence/index.js';
import { seedQueuesDemo } from '../modules/queues/index.js';
import { seedServiceDemo } from '../modules/service/index.js';
import { seedTenancyDemo } from '../modules/tenancy/index.js';
import { seedVoiceDemo } from '../modules/voice/index.js';
import type { Platform } from '../platform/platform.js';

/** The demo organizations "Demo" and "Outra"; runs once, on an empty database. */
export async function seedDemo(platform: Platform): Promise<void> {
  const seeded = await seedTenancyDemo(platform, platform.config.demoPassword);
  const demo = seeded.find((o) => o.slug === 'demo');
  await seedServiceDemo(platform); // idempotent: contact origins for every organization, Demo's service config
  await seedKnowledgeDemo(platform); // idempotent: Demo's knowledge base and script
  if (!demo) return seedAlertsDemo(platform); // already seeded on an earlier start; the alert channel is idempotent
  await platform.tenant.inTenant(demo.organizationId, null, async (s) => {
    const agents = ['agente@demo.local', 'agente2@demo.local'].map((e) => demo.userIds[e]!);
    await seedQueuesDemo(s, agents, demo.companyIds[0] ?? null, (plain) => platform.secrets.seal(plain));
    await seedPresenceDemo(s);
    await seedVoiceDemo(s, demo.userIds, platform.secrets.seal(platform.config.demoPassword));
  });
  await seedAlertsDemo(platform); // after the voice queues: the settings name "Suporte"
}

import { seedTenancyDemo } from '../modules/tenancy/index.js';
import type { Platform } from '../platform/platform.js';

/** The demo organizations (issue list: "Demo" and "Outra"); runs once, on an empty database. */
export async function seedDemo(platform: Platform): Promise<void> {
  await seedTenancyDemo(platform, platform.config.demoPassword);
}

import type { Scope } from '../../platform/db/tenant.js';
import { presenceRepo } from './presence.repository.js';

/** Issue list demo: "Almoço", "Banheiro", "Treinamento" (training counts as productive time). */
export async function seedPresenceDemo(s: Scope) {
  for (const [name, productive] of [
    ['Almoço', false],
    ['Banheiro', false],
    ['Treinamento', true],
  ] as const) {
    await presenceRepo.insertPauseReason(s, { name, productive });
  }
}

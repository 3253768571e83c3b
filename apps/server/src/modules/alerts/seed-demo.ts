import { organizations } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { voiceQueues } from '../queues/index.js';
import { ensureTeam, hashPassword, listStaff } from '../tenancy/index.js';
import { appUsersRepo } from './app-users.repository.js';
import { settingsRepo } from './settings.repository.js';

// The demo's Canal de Alertas (SPEC §12): "Equipe de Alertas" (supervisor and agente), its settings
// and the app user Maria Usuária, who signs in with the demo password.
async function seedDemoAlerts(s: Scope, password: string) {
  if ((await appUsersRepo.list(s, {})).length) return; // seeded on an earlier start
  const staff = await listStaff(s);
  const members = staff.filter((u) => ['supervisor@demo.local', 'agente@demo.local'].includes(u.email)).map((u) => u.id);
  const teamId = await ensureTeam(s, 'Equipe de Alertas', members);
  const suporte = (await voiceQueues(s)).find((q) => q.name === 'Suporte');
  await settingsRepo.save(s, {
    serviceNumber: '+55 11 4000-0000',
    levelTexts: {
      green: 'Risco leve: acompanhe a situação.',
      yellow: 'Risco moderado: a equipe vai entrar em contato.',
      red: 'Risco grave: acionar atendimento imediato.',
    },
    teamId,
    voiceQueueId: suporte?.id ?? null,
    tileUrl: null,
  });
  const maria = await appUsersRepo.insert(s, {
    name: 'Maria Usuária',
    cpf: '52998224725',
    phone: '+5511988887777',
    email: 'usuaria@demo.local',
    teamId,
  });
  await appUsersRepo.update(s, maria.id, { passwordHash: await hashPassword(password) });
}

/** Demo's alert channel; safe to run on every start (nothing is added twice). */
export async function seedAlertsDemo(platform: Platform): Promise<void> {
  const [demo] = (await platform.tenant.inSystem((s) => s.tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations))).filter(
    (o) => o.slug === 'demo',
  );
  if (demo) await platform.tenant.inTenant(demo.id, null, (s) => seedDemoAlerts(s, platform.config.demoPassword));
}

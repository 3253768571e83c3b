import { organizations } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { calendarsRepo } from './config/calendars.repository.js';
import { classificationsRepo, slaReasonsRepo } from './config/catalog.repository.js';
import { ensureContactOrigins } from './config/contact-origins.js';
import { processesRepo } from './config/processes.repository.js';
import { slaPoliciesRepo } from './config/sla-policies.repository.js';

// Demo service configuration (SPEC PAN-02…PAN-04), in the seed's words (seed 004).
const PROCESSES: Array<[string, Array<[string, number]>]> = [
  [
    'Suporte técnico',
    [
      ['Triagem', 4],
      ['Diagnóstico', 24],
      ['Visita técnica', 48],
    ],
  ],
  [
    'Financeiro',
    [
      ['Análise', 8],
      ['Retorno ao cliente', 24],
    ],
  ],
  ['Comercial', [['Proposta', 24]]],
];
const OPENING = ['Sem conexão', 'Lentidão', 'Segunda via de fatura', 'Cancelamento', 'Dúvida'];
// The first four are the console's built-in choices, so the demo reads the same before and after.
const CLOSING = [
  'Dúvida esclarecida',
  'Solicitação registrada',
  'Problema resolvido',
  'Sem resposta do cliente',
  'Resolvido com visita técnica',
  'Sem solução',
];
const REASONS: Array<[string, 'increment' | 'pause']> = [
  ['Aguardando peças', 'increment'],
  ['Solicitação do cliente', 'increment'],
  ['Cliente ausente', 'pause'],
  ['Aguardando terceiros', 'pause'],
];
const HOURS = [...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })), { weekday: 6, start: '08:00', end: '12:00' }];

async function seedDemoConfig(s: Scope) {
  if ((await processesRepo.list(s)).length) return; // seeded on an earlier start
  const processIds: Record<string, string> = {};
  for (const [name, subs] of PROCESSES) {
    processIds[name] = (await processesRepo.insert(s, { name })).id;
    for (const [sub, durationHours] of subs) await processesRepo.insertSubprocess(s, processIds[name]!, { name: sub, durationHours });
  }
  const openingIds: Record<string, string> = {};
  for (const name of OPENING) openingIds[name] = (await classificationsRepo.insert(s, { kind: 'opening', name })).id;
  for (const name of CLOSING) await classificationsRepo.insert(s, { kind: 'closing', name });
  for (const [name, type] of REASONS) await slaReasonsRepo.insert(s, { name, type });

  const calendar = await calendarsRepo.insert(s, {
    companyId: null,
    name: 'Calendário padrão',
    timeZone: 'America/Sao_Paulo',
    hours: HOURS,
    nationalHolidays: true,
  });
  await calendarsRepo.insertHoliday(s, calendar.id, { date: '2026-01-25', name: 'Aniversário de São Paulo' });

  const policy = { classificationId: null, processId: null, mode: 'business' as const, active: true };
  await slaPoliciesRepo.insert(s, { ...policy, name: 'Padrão', resolutionMinutes: 24 * 60 });
  await slaPoliciesRepo.insert(s, { ...policy, name: 'Sem conexão', classificationId: openingIds['Sem conexão']!, resolutionMinutes: 8 * 60 });
  await slaPoliciesRepo.insert(s, {
    ...policy,
    name: 'Financeiro',
    processId: processIds['Financeiro']!,
    resolutionMinutes: 48 * 60,
    mode: 'calendar',
  });
}

/**
 * Every organization gets the built-in contact origins (PAN-02), also one seeded before they
 * existed; Demo also gets processes, classifications, SLA reasons, a calendar and policies. Safe to
 * run on every start: nothing already there is added twice.
 */
export async function seedServiceDemo(platform: Platform): Promise<void> {
  const orgs = await platform.tenant.inSystem((s) => s.tx.select({ id: organizations.id, slug: organizations.slug }).from(organizations));
  for (const org of orgs) await platform.tenant.inTenant(org.id, null, ensureContactOrigins);
  const demo = orgs.find((o) => o.slug === 'demo');
  if (demo) await platform.tenant.inTenant(demo.id, null, seedDemoConfig);
}

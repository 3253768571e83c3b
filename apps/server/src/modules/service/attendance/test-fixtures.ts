import { computeDue, type BusinessCalendar } from '@atende/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { attendances } from '../../../db/schema/attendances.js';
import { classifications, processes, slaPolicies, slaReasons, subprocesses } from '../../../db/schema/service-config.js';
import type { TestApp } from '../../../../test/test-app.js';
import { calendarFor } from '../config/api.js';

// Configuration rows the service-data tests need, written straight into the tables so the tests do
// not depend on the configuration API's shape. Names end in "(teste)" to stay clear of the seed.

export type Fixtures = Awaited<ReturnType<typeof serviceFixtures>>;

export function serviceFixtures(t: TestApp, org: string) {
  return t.app.platform.tenant.inTenant(org, null, async (s) => {
    const insertProcess = async (name: string) => (await s.tx.insert(processes).values({ organizationId: org, name }).returning())[0]!;
    const process = await insertProcess('Instalação (teste)');
    const empty = await insertProcess('Sem etapas (teste)');
    const sub = async (name: string, position: number, durationHours: number) =>
      (await s.tx.insert(subprocesses).values({ organizationId: org, processId: process.id, name, position, durationHours }).returning())[0]!;
    const first = await sub('Agendamento (teste)', 1, 2);
    const second = await sub('Execução (teste)', 2, 3);
    const reason = async (name: string, type: 'increment' | 'pause', active = true) =>
      (await s.tx.insert(slaReasons).values({ organizationId: org, name, type, active }).returning())[0]!;
    const increment = await reason('Peças (teste)', 'increment');
    const pause = await reason('Cliente ausente (teste)', 'pause');
    const retired = await reason('Antigo (teste)', 'increment', false);
    const classification = (await s.tx.insert(classifications).values({ organizationId: org, kind: 'opening', name: 'Urgente (teste)' }).returning())[0]!;
    const urgentPolicy = (
      await s.tx.insert(slaPolicies).values({ organizationId: org, name: 'Urgente (teste)', classificationId: classification.id, resolutionMinutes: 120, mode: 'calendar' }).returning()
    )[0]!;
    // The default policy (neither classification nor process): the seed's, else one of ours.
    const [seeded] = await s.tx
      .select()
      .from(slaPolicies)
      .where(and(isNull(slaPolicies.classificationId), isNull(slaPolicies.processId), eq(slaPolicies.active, true)));
    const defaultPolicy = seeded ?? (await s.tx.insert(slaPolicies).values({ organizationId: org, name: 'Padrão (teste)', resolutionMinutes: 480, mode: 'business' }).returning())[0]!;
    return { process, empty, first, second, reasons: { increment, pause, retired }, classification, urgentPolicy, defaultPolicy };
  });
}

export const calendarOf = (t: TestApp, org: string, companyId: string | null): Promise<BusinessCalendar> =>
  t.app.platform.tenant.inTenant(org, null, (s) => calendarFor(s, companyId));

/**
 * Fixes an attendance's SLA start (a fixed clock instead of sleeping) and stores the due time the
 * calculator gives for it with no intervention yet; returns that due time.
 */
export async function pinSlaStart(t: TestApp, org: string, id: string, start: Date, policy: { resolutionMinutes: number; mode: 'business' | 'calendar' }) {
  const calendar = await calendarOf(t, org, null);
  const due = computeDue({ calendar, mode: policy.mode, start, durationMinutes: policy.resolutionMinutes, interventions: [] })!;
  await t.app.platform.tenant.inTenant(org, null, (s) => s.tx.update(attendances).set({ slaStartedAt: start, slaDueAt: due }).where(eq(attendances.id, id)));
  return { calendar, due };
}

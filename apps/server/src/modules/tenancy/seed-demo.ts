import { eq } from 'drizzle-orm';
import { organizations } from '../../db/schema/tenancy.js';
import type { Platform } from '../../platform/platform.js';
import { companiesRepo } from './companies.repository.js';
import { hashPassword } from './passwords.js';
import { teamsRepo } from './teams.repository.js';
import { usersRepo } from './users.repository.js';

export type DemoTenancy = {
  slug: string;
  organizationId: string;
  userIds: Record<string, string>;
  teamIds: Record<string, string>;
  companyIds: string[];
};

type DemoOrg = {
  slug: string;
  name: string;
  companies: string[];
  users: { email: string; name: string; role: 'admin' | 'supervisor' | 'agent'; extension?: string; canStartAttendance?: boolean }[];
  teams: { name: string; members: string[] }[];
};

const DEMO: DemoOrg[] = [
  {
    slug: 'demo',
    name: 'Demo',
    companies: ['Demo Telecom', 'Demo Energia'],
    users: [
      { email: 'admin@demo.local', name: 'Ana Admin', role: 'admin', extension: '1000', canStartAttendance: true },
      { email: 'supervisor@demo.local', name: 'Sérgio Supervisor', role: 'supervisor', extension: '1001', canStartAttendance: true },
      { email: 'agente@demo.local', name: 'Alice Agente', role: 'agent', extension: '2001', canStartAttendance: true },
      { email: 'agente2@demo.local', name: 'Bruno Agente', role: 'agent', extension: '2002' },
    ],
    teams: [
      { name: 'Suporte N1', members: ['agente@demo.local', 'agente2@demo.local', 'supervisor@demo.local'] },
      { name: 'Equipe de Alertas', members: ['supervisor@demo.local', 'agente@demo.local'] },
    ],
  },
  {
    slug: 'outra',
    name: 'Outra',
    companies: ['Outra Serviços'],
    users: [{ email: 'admin@outra.local', name: 'Otávio Admin', role: 'admin', extension: '1000' }],
    teams: [{ name: 'Atendimento Outra', members: ['admin@outra.local'] }],
  },
];

/** Seeds the demo organizations once (skipped when they exist); returns what later seeds build on. */
export async function seedTenancyDemo(platform: Platform, password: string): Promise<DemoTenancy[]> {
  // Hashed only when an organization is really seeded: a restart over a seeded database skips it.
  let passwordHash: Promise<string> | undefined;
  const result: DemoTenancy[] = [];
  for (const org of DEMO) {
    const existing = await platform.tenant.inSystem(async (s) => {
      const [row] = await s.tx.select().from(organizations).where(eq(organizations.slug, org.slug));
      return row ?? (await s.tx.insert(organizations).values({ name: org.name, slug: org.slug }).returning())[0]!;
    });
    const seeded = await platform.tenant.inTenant(existing.id, null, async (s) => {
      const current = await usersRepo.list(s, { includeInactive: true });
      if (current.length) return null;
      const userIds: Record<string, string> = {};
      for (const u of org.users) {
        const row = await usersRepo.insert(s, {
          ...u,
          passwordHash: await (passwordHash ??= hashPassword(password)),
          extension: u.extension ?? null,
          canStartAttendance: u.canStartAttendance ?? false,
        });
        userIds[u.email] = row.id;
      }
      const companyIds = [];
      for (const name of org.companies) companyIds.push((await companiesRepo.insert(s, { name })).id);
      const teamIds: Record<string, string> = {};
      for (const t of org.teams) {
        const team = await teamsRepo.insert(s, { name: t.name, description: null });
        await teamsRepo.setMembers(
          s,
          team.id,
          t.members.map((m) => userIds[m]!),
        );
        teamIds[t.name] = team.id;
      }
      return { slug: org.slug, organizationId: existing.id, userIds, teamIds, companyIds };
    });
    if (seeded) result.push(seeded);
  }
  return result;
}

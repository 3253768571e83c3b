// The tenancy module's public face (ARCHITECTURE §3): what other modules may import.
export { tenancyPlugin } from './tenancy.plugin.js';
export { seedTenancyDemo, type DemoTenancy } from './seed-demo.js';

import type { Role } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { companiesRepo } from './companies.repository.js';
import { teamsRepo } from './teams.repository.js';
import { usersRepo } from './users.repository.js';

export type StaffMember = { id: string; name: string; email: string; role: Role; avatarUrl: string | null };
/** The organization's active staff, by name (for presence views, dialer contacts, assignment). */
export async function listStaff(s: Scope): Promise<StaffMember[]> {
  return (await usersRepo.list(s, {})).map(({ id, name, email, role, avatarUrl }) => ({ id, name, email, role, avatarUrl }));
}

import { organizations } from '../../db/schema/tenancy.js';
/** The current organization's display name (public pages such as the survey show it). */
export async function organizationName(s: Scope): Promise<string> {
  const [row] = await s.tx.select({ name: organizations.name }).from(organizations);
  return row?.name ?? '';
}

/** SPEC ORG-04: whether this user may start attendances by hand. */
export async function canStartAttendance(s: Scope, userId: string): Promise<boolean> {
  return (await usersRepo.byId(s, userId))?.canStartAttendance ?? false;
}

/** A staff member's display name (message authors), one row read. */
export async function staffName(s: Scope, userId: string): Promise<string | null> {
  return (await usersRepo.byId(s, userId))?.name ?? null;
}

/** Whether the company is one of this organization's (RLS hides the others). */
export const companyExists = async (s: Scope, id: string): Promise<boolean> => Boolean(await companiesRepo.byId(s, id));

/** Whether the team is one of this organization's. */
export const teamExists = async (s: Scope, id: string): Promise<boolean> => Boolean(await teamsRepo.byId(s, id));

/** SPEC VOX-06b: the active staff member whose "Ramal" (extension) this is — a PBX names agents by it. */
export async function userIdByExtension(s: Scope, extension: string): Promise<string | undefined> {
  return (await usersRepo.list(s, {})).find((u) => u.extension === extension)?.id;
}

/** A staff member's "Ramal" (their softphone's SIP user), or null. */
export async function userExtension(s: Scope, userId: string): Promise<string | null> {
  return (await usersRepo.byId(s, userId))?.extension ?? null;
}

/** Staff of these ids, active or not (authors and members of older chats keep their names). */
export async function staffByIds(s: Scope, ids: readonly string[]): Promise<StaffMember[]> {
  if (!ids.length) return [];
  const wanted = new Set(ids);
  return (await usersRepo.list(s, { includeInactive: true }))
    .filter((u) => wanted.has(u.id))
    .map(({ id, name, email, role, avatarUrl }) => ({ id, name, email, role, avatarUrl }));
}

export type TeamMembership = { id: string; name: string; memberIds: string[] };
/** Every team with its members (SPEC ALR-04: a team's alert group follows its membership). */
export async function listTeamMemberships(s: Scope): Promise<TeamMembership[]> {
  return (await teamsRepo.list(s)).map(({ id, name, memberIds }) => ({ id, name, memberIds }));
}

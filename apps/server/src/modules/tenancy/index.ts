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

// SPEC ALR-01: the alerts module's app users sign in with the same password hashing, password
// rules, session tokens and login-attempt limit as staff, without becoming staff.
export { hashPassword, verifyPassword, decoyHash } from './passwords.js';
export { isCommonPassword } from './password-rules.js';
export { newToken, sessionIdFor } from './session-tokens.js';
export { sideSessions, type SideSessionStore } from './side-sessions.js';
import type { SystemScope } from '../../platform/db/tenant.js';
import { loginAttemptsRepo } from './login-attempts.repository.js';
/** Counts an attempt for each key in the one-minute window; the highest count (see loginAttemptsRepo). */
export const countLoginAttempt = (s: SystemScope, keys: string[]): Promise<number> => loginAttemptsRepo.count(s, keys);
/** A successful login gives its attempt back. */
export const giveBackLoginAttempt = (s: SystemScope, keys: string[]): Promise<void> => loginAttemptsRepo.giveBack(s, keys);

export type TeamSummary = { id: string; name: string; memberIds: string[] };
/** Every team of the organization with its members, by name. */
export const listTeams = async (s: Scope): Promise<TeamSummary[]> =>
  (await teamsRepo.list(s)).map(({ id, name, memberIds }) => ({ id, name, memberIds }));
/** One team with its members, or undefined. */
export async function teamById(s: Scope, id: string): Promise<TeamSummary | undefined> {
  const t = await teamsRepo.byId(s, id);
  return t ? { id: t.id, name: t.name, memberIds: t.memberIds } : undefined;
}
/** The ids of the teams a staff member belongs to. */
export const teamIdsOfUser = async (s: Scope, userId: string): Promise<string[]> =>
  (await teamsRepo.list(s)).filter((t) => t.memberIds.includes(userId)).map((t) => t.id);
/** The team with this name, created with these members when missing (demo seeds); its id. */
export async function ensureTeam(s: Scope, name: string, memberIds: string[]): Promise<string> {
  const found = (await teamsRepo.list(s)).find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (found) return found.id;
  const team = await teamsRepo.insert(s, { name, description: null });
  await teamsRepo.setMembers(s, team.id, memberIds);
  return team.id;
}

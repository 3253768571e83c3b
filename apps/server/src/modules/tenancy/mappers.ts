import type { Company, Team, User } from '@atende/shared';
import type { companies } from '../../db/schema/tenancy.js';
import type { TeamRow } from './teams.repository.js';
import type { UserRow } from './users.repository.js';

export const toUser = (u: UserRow, teamIds: string[] = []): User => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  active: u.active,
  locale: u.locale,
  extension: u.extension,
  canStartAttendance: u.canStartAttendance,
  avatarUrl: u.avatarUrl,
  teamIds,
  createdAt: u.createdAt.toISOString(),
});

export const toTeam = (t: TeamRow): Team => ({
  id: t.id,
  name: t.name,
  description: t.description,
  memberIds: t.memberIds,
  createdAt: t.createdAt.toISOString(),
});

export const toCompany = (c: typeof companies.$inferSelect): Company => ({
  id: c.id,
  name: c.name,
  document: c.document,
  active: c.active,
});

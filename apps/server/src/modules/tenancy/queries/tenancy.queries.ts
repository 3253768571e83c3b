import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { companiesRepo } from '../companies.repository.js';
import { toCompany, toTeam, toUser } from '../mappers.js';
import { teamsRepo } from '../teams.repository.js';
import { usersRepo } from '../users.repository.js';

export function listUsersQuery(platform: Platform, p: Principal, opts: { search?: string; includeInactive?: boolean }) {
  return platform.tenant.asUser(p, async (s) => {
    const rows = await usersRepo.list(s, opts);
    const teams = await usersRepo.teamIdsByUser(
      s,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toUser(r, teams.get(r.id)));
  });
}

export function listTeamsQuery(platform: Platform, p: Principal) {
  return platform.tenant.asUser(p, async (s) => (await teamsRepo.list(s)).map(toTeam));
}

export function listCompaniesQuery(platform: Platform, p: Principal) {
  return platform.tenant.asUser(p, async (s) => (await companiesRepo.list(s)).map(toCompany));
}

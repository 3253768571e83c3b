import type { Team, teamBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { toTeam } from '../mappers.js';
import { teamsRepo } from '../teams.repository.js';
import { dropSockets } from './revoke-sessions.js';
import { constraintError } from '../../../platform/db/pg-errors.js';

type Input = Partial<z.infer<typeof teamBody>>;

async function applyMembers(s: Scope, teamId: string, memberIds: string[] | undefined) {
  if (memberIds === undefined) return;
  if (!(await teamsRepo.setMembers(s, teamId, memberIds))) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.memberIds', rule: 'unknown_reference' }] });
  }
}

function mapUnique(err: unknown): never {
  if (constraintError(err)?.constraint === 'teams_name_unique') throw new AppError('TEAM_NAME_TAKEN');
  throw err;
}

// SPEC ORG-02: "A gestão de Equipe só pode ser feita por usuário com perfil de Administrador."
export async function createTeamCommand(platform: Platform, p: Principal, input: z.infer<typeof teamBody>): Promise<Team> {
  return platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const row = await teamsRepo.insert(s, { name: input.name, description: input.description ?? null });
      await applyMembers(s, row.id, input.memberIds);
      await platform.events.emit(s, 'team.created', { teamId: row.id });
      return toTeam((await teamsRepo.byId(s, row.id))!);
    })
    .catch(mapUnique);
}

// Members who leave a team lose its rights at once: their sockets reconnect (issue item: team removal).
export async function updateTeamCommand(platform: Platform, p: Principal, id: string, input: Input): Promise<Team> {
  let removed: string[] = [];
  const team = await platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const before = await teamsRepo.byId(s, id);
      if (!before) throw new AppError('TEAM_NOT_FOUND');
      const { memberIds, ...fields } = input;
      await teamsRepo.update(s, id, fields);
      await applyMembers(s, id, memberIds);
      await platform.events.emit(s, 'team.updated', { teamId: id });
      const after = (await teamsRepo.byId(s, id))!;
      removed = before.memberIds.filter((u) => !after.memberIds.includes(u));
      return toTeam(after);
    })
    .catch(mapUnique);
  await dropSockets(platform, p.organizationId, removed);
  return team;
}

export async function deleteTeamCommand(platform: Platform, p: Principal, id: string) {
  const members = await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const before = await teamsRepo.byId(s, id);
    if (!before || !(await teamsRepo.remove(s, id))) throw new AppError('TEAM_NOT_FOUND');
    await platform.events.emit(s, 'team.deleted', { teamId: id });
    return before.memberIds;
  });
  await dropSockets(platform, p.organizationId, members);
}

import { alertTeamChatName } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { listTeams, type TeamSummary } from '../tenancy/index.js';
import { chatsRepo, type ChatRow } from './chats.repository.js';

// SPEC ALR-02, ALR-04: a team's alert group has exactly the team's members. Membership is read
// from tenancy whenever the groups are listed or reached, so a user removed from the team stops
// seeing the group at once, with no event to miss.

/** Brings every alert group's members in line with its team. */
export async function syncAlertTeams(s: Scope) {
  const groups = await chatsRepo.alertTeamChats(s);
  if (!groups.length) return;
  const teams = new Map((await listTeams(s)).map((t) => [t.id, t]));
  for (const chat of groups) await follow(s, chat, chat.teamId ? teams.get(chat.teamId) : undefined);
}

/** The group takes the team's members and, after a rename, its name. */
async function follow(s: Scope, chat: ChatRow, team: TeamSummary | undefined) {
  await chatsRepo.syncMembers(s, chat, team?.memberIds ?? []);
  if (team && chat.name !== alertTeamChatName(team.name)) await chatsRepo.rename(s, chat.id, alertTeamChatName(team.name));
}

/** Brings one chat in line when it is an alert group. */
export async function syncAlertTeam(s: Scope, chat: ChatRow) {
  if (chat.kind !== 'alert_team' || !chat.teamId) return;
  await follow(
    s,
    chat,
    (await listTeams(s)).find((t) => t.id === chat.teamId),
  );
}

/** The team's alert group, created (named "Alertas — <equipe>") with its members on first use; undefined for an unknown team. */
export async function alertTeamChat(s: Scope, teamId: string): Promise<ChatRow | undefined> {
  const team = (await listTeams(s)).find((t) => t.id === teamId);
  if (!team) return undefined;
  const chat =
    (await chatsRepo.alertTeamChat(s, teamId)) ??
    (await chatsRepo.insert(s, { kind: 'alert_team', name: alertTeamChatName(team.name), teamId })) ??
    // Created meanwhile by a concurrent alert: the unique index kept one.
    (await chatsRepo.alertTeamChat(s, teamId))!;
  await follow(s, chat, team);
  return chat;
}

import type { Platform } from '../../../platform/platform.js';
import { sessionsRepo } from '../sessions.repository.js';

/** Ends a user's sessions (password change, deactivation) and drops their live sockets. */
export async function revokeSessions(platform: Platform, userId: string, keepSessionId?: string) {
  const removed = await platform.tenant.inSystem((s) => sessionsRepo.removeForUser(s, userId, keepSessionId));
  for (const r of removed) await platform.realtime.disconnectSession(r.organizationId, r.id);
}

/** The users' rights changed (role, team membership): their open sockets are dropped and reconnect with the new rights. */
export async function dropSockets(platform: Platform, organizationId: string, userIds: Iterable<string>) {
  for (const id of new Set(userIds)) await platform.realtime.disconnectUser(organizationId, id);
}

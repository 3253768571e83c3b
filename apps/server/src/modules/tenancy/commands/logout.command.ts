import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { sessionsRepo } from '../sessions.repository.js';

export async function logoutCommand(platform: Platform, principal: Principal) {
  await platform.tenant.inSystem((s) => sessionsRepo.remove(s, principal.sessionId));
  await platform.realtime.disconnectSession(principal.organizationId, principal.sessionId);
}

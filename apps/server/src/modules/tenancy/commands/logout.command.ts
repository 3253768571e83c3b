import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { sessionsRepo } from '../sessions.repository.js';

/** SPEC WS-02: other modules may refuse (attendances in progress) or clean up (channel sessions) first. */
export async function logoutCommand(platform: Platform, principal: Principal) {
  await platform.auth.runBeforeLogout(principal);
  await platform.tenant.inSystem((s) => sessionsRepo.remove(s, principal.sessionId));
  await platform.realtime.disconnectSession(principal.organizationId, principal.sessionId);
}

// Attendances (ARCHITECTURE §3). This module owns what "in progress" means (SPEC WS-02); the
// lifecycle, protocol and conversation arrive with the core loop.
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo } from './attendances.repository.js';

/** How many attendances the agent holds that are not finished and already being served. */
export const countAttendancesInProgress = (s: Scope, userId: string): Promise<number> => attendancesRepo.countInProgress(s, userId);

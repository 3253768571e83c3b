import type { PauseReason, pauseReasonBody, updatePauseReasonBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { constraintError } from '../../../platform/db/pg-errors.js';
import type { Platform } from '../../../platform/platform.js';
import { presenceRepo } from '../presence.repository.js';

export const toPauseReason = ({ id, name, active, productive }: PauseReason): PauseReason => ({ id, name, active, productive });

const mapErrors = (err: unknown): never => {
  if (constraintError(err)?.constraint === 'pause_reasons_name_unique') throw new AppError('PAUSE_REASON_NAME_TAKEN');
  throw err;
};

// SPEC WS-05: "Motivos de pausa". Reasons are deactivated, not deleted: intervals keep pointing at them.
export function createPauseReasonCommand(platform: Platform, p: Principal, body: z.infer<typeof pauseReasonBody>): Promise<PauseReason> {
  return platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const row = await presenceRepo.insertPauseReason(s, body);
      await platform.events.emit(s, 'pause_reason.saved', { pauseReasonId: row.id });
      return toPauseReason(row);
    })
    .catch(mapErrors);
}

export function updatePauseReasonCommand(
  platform: Platform,
  p: Principal,
  id: string,
  body: z.infer<typeof updatePauseReasonBody>,
): Promise<PauseReason> {
  return platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const row = await presenceRepo.updatePauseReason(s, id, body);
      if (!row) throw new AppError('PAUSE_REASON_NOT_FOUND');
      await platform.events.emit(s, 'pause_reason.saved', { pauseReasonId: id });
      return toPauseReason(row);
    })
    .catch(mapErrors);
}

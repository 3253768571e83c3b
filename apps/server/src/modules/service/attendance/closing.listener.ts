import type { Platform } from '../../../platform/platform.js';
import { closingClassificationId } from '../config/api.js';
import { serviceRepo } from './attendance-service.repository.js';

/**
 * SPEC PAN-01, ATT-07: "Finalizar" stores the closing classification as the agent read it; when it
 * is one of the organization's configured closing classifications, the attendance also points at
 * it, so panels filter and group by the classification itself (renames included).
 */
export function registerClosingClassification(platform: Platform) {
  platform.events.on('attendance.finished', 'service.closing-classification', async (e) => {
    await platform.tenant.inTenant(e.organizationId, null, async (s) => {
      const a = await serviceRepo.lock(s, e.payload.attendanceId);
      if (!a?.closingClassification || a.closingClassificationId) return;
      const match = await closingClassificationId(s, a.closingClassification);
      if (match) await serviceRepo.update(s, a.id, { closingClassificationId: match });
    });
  });
}

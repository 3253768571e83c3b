import type { Platform } from '../../../platform/platform.js';
import { queueCompany } from '../../queues/index.js';
import { originIdForChannelType } from '../config/api.js';
import { serviceRepo, type AttendancePatch } from './attendance-service.repository.js';
import { announce } from './journal.js';
import { applySlaPolicy } from './sla.engine.js';

/**
 * SPEC PAN-02, PAN-04: a new attendance gets its contact origin from its channel, its company from
 * its queue, and the default SLA policy. Idempotent: only what is not set yet is filled, so a
 * re-queue (transfer, release) or a redelivered event changes nothing an agent already chose.
 */
export function registerServiceDefaults(platform: Platform) {
  const fill = async (organizationId: string, attendanceId: string) => {
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      const a = await serviceRepo.lock(s, attendanceId);
      if (!a || a.status === 'finished') return;
      const patch: AttendancePatch = {};
      if (!a.contactOriginId) {
        const origin = await originIdForChannelType(s, a.channelType);
        if (origin) patch.contactOriginId = origin;
      }
      if (!a.companyId && a.queueId) {
        const companyId = await queueCompany(s, a.queueId);
        if (companyId) patch.companyId = companyId;
      }
      let row = Object.keys(patch).length ? await serviceRepo.update(s, a.id, patch) : a;
      if (!row.slaPolicyId && !row.slaStartedAt) row = await applySlaPolicy(s, row, { silent: true });
      if (row !== a) await announce(platform, s, a.id);
    });
  };
  // Channel contacts announce themselves when queued; manual starts with attendance.created.
  for (const type of ['attendance.queued', 'attendance.created'] as const) {
    platform.events.on(type, 'service.defaults', (e) => fill(e.organizationId, e.payload.attendanceId));
  }
}

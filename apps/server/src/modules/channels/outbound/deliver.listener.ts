import type { Platform } from '../../../platform/platform.js';
import { DELIVER_JOB, type DeliverJob } from './deliver-job.js';

/**
 * A message for the contact (new, or sent again with "Reenviar") becomes a delivery job once its
 * transaction commits. The outbox runs this listener again if it fails; the job is keyed by the
 * message, so a repeat while one is queued adds nothing.
 */
export function registerDeliverListener(platform: Platform) {
  for (const type of ['attendance.message', 'attendance.message.updated'] as const) {
    platform.events.on(type, 'channels.deliver', async (e) => {
      if (e.payload.message.delivery?.status !== 'pending') return;
      const job: DeliverJob = { organizationId: e.organizationId, messageId: e.payload.message.id };
      await platform.jobs.send(DELIVER_JOB, job, { singletonKey: job.messageId });
      platform.jobs.kick(DELIVER_JOB);
    });
  }
}

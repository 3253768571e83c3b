import type { Platform } from '../../../platform/platform.js';
import { DELIVER_JOB, type DeliverJob } from './deliver-job.js';

/**
 * A message for the contact (new, or sent again with "Reenviar") becomes a delivery job once its
 * transaction commits. Jobs are keyed by attendance, so one conversation's messages go out in order;
 * a repeat of this listener (the outbox retries it) finds the message no longer pending and sends nothing.
 */
export function registerDeliverListener(platform: Platform) {
  for (const type of ['attendance.message', 'attendance.message.updated'] as const) {
    platform.events.on(type, 'channels.deliver', async (e) => {
      if (e.payload.message.delivery?.status !== 'pending') return;
      const job: DeliverJob = { organizationId: e.organizationId, attendanceId: e.payload.attendanceId, messageId: e.payload.message.id };
      await platform.jobs.send(DELIVER_JOB, job, { singletonKey: job.attendanceId });
      platform.jobs.kick(DELIVER_JOB);
    });
  }
}

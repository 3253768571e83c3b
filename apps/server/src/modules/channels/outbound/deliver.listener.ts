import type { Platform } from '../../../platform/platform.js';
import { DELIVER_JOB, type DeliverJob } from './deliver-job.js';

/**
 * A message for the contact (new, or sent again with "Reenviar") becomes a delivery job once its
 * transaction commits. Jobs are keyed by attendance (first in, first out), and this process enqueues
 * one attendance's jobs one after another, in the order its events arrive — the order the messages
 * were written (the protocol before the reply that issued it). A repeat of this listener (the
 * outbox retries it) finds the message no longer pending and sends nothing.
 */
export function registerDeliverListener(platform: Platform) {
  const chains = new Map<string, Promise<unknown>>();
  const inOrder = (attendanceId: string, step: () => Promise<void>) => {
    const next = (chains.get(attendanceId) ?? Promise.resolve()).catch(() => undefined).then(step);
    chains.set(attendanceId, next);
    void next.finally(() => chains.get(attendanceId) === next && chains.delete(attendanceId)).catch(() => undefined);
    return next;
  };
  for (const type of ['attendance.message', 'attendance.message.updated'] as const) {
    platform.events.on(type, 'channels.deliver', (e) => {
      if (e.payload.message.delivery?.status !== 'pending') return;
      const job: DeliverJob = { organizationId: e.organizationId, attendanceId: e.payload.attendanceId, messageId: e.payload.message.id };
      return inOrder(job.attendanceId, async () => {
        await platform.jobs.send(DELIVER_JOB, job, { singletonKey: job.attendanceId });
        platform.jobs.kick(DELIVER_JOB);
      });
    });
  }
}

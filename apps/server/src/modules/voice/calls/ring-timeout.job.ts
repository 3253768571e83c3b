import type { Platform } from '../../../platform/platform.js';
import { lockQueueRouting } from '../../routing/index.js';
import { voiceRepo } from '../voice.repository.js';
import { missRing, RING_TIMEOUT_JOB, type RingTimeoutJob } from './call-steps.js';

/**
 * SPEC VOX-01: an unanswered ring moves on after the organization's ring timeout. A pg-boss delayed
 * job, so it fires once whichever instance is up; `ringSeq` tells a stale job (the call was
 * answered, ended or offered again since) to do nothing.
 */
export function registerRingTimeoutJob(platform: Platform) {
  platform.jobs.register<RingTimeoutJob>(
    RING_TIMEOUT_JOB,
    async (job) => {
      await platform.tenant.inTenant(job.organizationId, null, async (s) => {
        const peek = await voiceRepo.callById(s, job.callId);
        if (!peek || peek.state !== 'ringing' || peek.ringSeq !== job.ringSeq) return;
        // The queue lock first, as the dispatcher takes it: the two never wait on each other in reverse.
        if (peek.queueId) await lockQueueRouting(s, peek.queueId);
        const call = await voiceRepo.lockCall(s, job.callId);
        if (!call || call.state !== 'ringing' || call.ringSeq !== job.ringSeq || !call.agentId || call.direction !== 'in') return;
        await missRing(platform, s, call, new Date());
      });
    },
    { retryLimit: 5, retryDelay: 1 },
  );
}

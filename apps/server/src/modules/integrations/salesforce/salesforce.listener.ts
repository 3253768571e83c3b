import type { Platform } from '../../../platform/platform.js';
import { callForCrm } from '../../voice/index.js';
import { enqueueSync, SALESFORCE_JOB } from './salesforce-sync.job.js';
import { settingsRepo, syncsRepo } from './salesforce.repository.js';

// SPEC CRM-01…CRM-03: the voice pipeline's events, for organizations with Salesforce switched on.
// Answered → the Case; ended → the Task; recording ready → the Task's link. Each writes (or finds)
// the call's sync row and enqueues the sync job in the same transaction; the job does the rest.
export function startSalesforceListener(platform: Platform) {
  const sync = async (organizationId: string, callId: string) => {
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      if (!(await settingsRepo.get(s))?.enabled) return;
      const call = await callForCrm(s, callId);
      // A call dropped before anyone answered opens no Case.
      if (!call?.answeredAt) return;
      const row = await syncsRepo.ensure(s, { callId, attendanceId: call.attendanceId, protocol: call.protocol });
      await enqueueSync(platform, s, { organizationId, syncId: row.id });
      s.onCommit(() => platform.jobs.kick(SALESFORCE_JOB));
    });
  };
  platform.events.on('call.changed', 'integrations.salesforce', async (event) => {
    const { kind, callId } = event.payload;
    if (kind === 'answered' || kind === 'ended') await sync(event.organizationId, callId);
  });
  platform.events.on('recording.ready', 'integrations.salesforce', async (event) => {
    await sync(event.organizationId, event.payload.callId);
  });
}

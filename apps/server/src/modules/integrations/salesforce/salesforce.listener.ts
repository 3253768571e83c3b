import type { Platform } from '../../../platform/platform.js';
import { attendanceById } from '../../attendances/index.js';
import { callForCrm } from '../../voice/index.js';
import { enqueueSync, SALESFORCE_JOB } from './salesforce-sync.job.js';
import { settingsRepo, syncsRepo } from './salesforce.repository.js';

// SPEC CRM-01…CRM-03: the voice pipeline's events, for organizations with Salesforce switched on.
// Answered → the Case; ended → the Task; recording ready → the Task's link. Each writes (or finds)
// the call's sync row and enqueues the sync job in the same transaction; the job does the rest.
// Organizations that also sync chats: the agent's first reply in a non-voice attendance → the Case;
// "Finalizar" → the Task with the transcript link.
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
  const syncChat = async (organizationId: string, attendanceId: string, finished: boolean) => {
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      const settings = await settingsRepo.get(s);
      if (!settings?.enabled || !settings.chats) return;
      const a = await attendanceById(s, attendanceId);
      // Calls have their own rows; an attendance finished before any reply opens no Case.
      if (!a || a.channelType === 'voice' || !a.firstResponseAt) return;
      const { row, created } = await syncsRepo.ensureChat(s, { attendanceId, protocol: a.protocol });
      if (!created && !finished) return;
      await enqueueSync(platform, s, { organizationId, syncId: row.id });
      s.onCommit(() => platform.jobs.kick(SALESFORCE_JOB));
    });
  };
  platform.events.on('attendance.message', 'integrations.salesforce', async (event) => {
    const { message, channelType, attendanceId } = event.payload;
    if (channelType === 'voice' || message.authorKind !== 'agent' || message.internal) return;
    await syncChat(event.organizationId, attendanceId, false);
  });
  platform.events.on('attendance.finished', 'integrations.salesforce', async (event) => {
    await syncChat(event.organizationId, event.payload.attendanceId, true);
  });
  platform.events.on('call.changed', 'integrations.salesforce', async (event) => {
    const { kind, callId } = event.payload;
    if (kind === 'answered' || kind === 'ended') await sync(event.organizationId, callId);
  });
  platform.events.on('recording.ready', 'integrations.salesforce', async (event) => {
    await sync(event.organizationId, event.payload.callId);
  });
}

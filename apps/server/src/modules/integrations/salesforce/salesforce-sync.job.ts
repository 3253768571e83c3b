import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { webhookRetryDelay } from '../webhooks/retry-schedule.js';
import { caseFields, caseSubject } from './case-fields.js';
import { SalesforceError } from './salesforce-client.js';
import { clientFor } from './salesforce-credentials.js';
import { settingsRepo, syncsRepo, type SyncRow } from './salesforce.repository.js';
import { soqlString } from './soql.js';
import { syncSource } from './sync-source.js';
import { taskFields } from './task-fields.js';

// SPEC CRM-01…CRM-03: one job brings a call's Salesforce records up to date with the call: a Case
// once it is answered, a Task on that Case once it ended, the recording link in the Task once the
// recording is stored. A chat attendance (organizations that sync chats) goes the same way: the
// Case at the agent's first reply, the Task with the transcript link once it is finished. Every
// event just enqueues this job, so it is idempotent: a stored case_id is never created again, and
// after a failed attempt (created in Salesforce, but the answer was lost?) the Case is first looked
// up by its Subject, which carries the protocol. Failures are retried with backoff and shown on the
// attendance and the integration log; the call or the chat never waits.

export const SALESFORCE_JOB = 'integrations.salesforce';
export type SalesforceJob = { organizationId: string; syncId: string };

const MAX_ATTEMPTS = 8;
/** How long one job holds a call's row; another job for the same call waits its turn. */
const LOCK_SECONDS = 120;
const BUSY_RETRY_SECONDS = 2;

export async function enqueueSync(platform: Platform, s: Parameters<Platform['jobs']['sendInTx']>[0], job: SalesforceJob, startAfter = 0) {
  await platform.jobs.sendInTx(s, SALESFORCE_JOB, job, startAfter ? { startAfter } : {});
}

function describe(err: unknown): { message: string; retry: boolean } {
  if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED')
    return { message: 'login URL not allowed (private or local address)', retry: false };
  if (err instanceof SalesforceError) return { message: err.message.slice(0, 500), retry: err.errorCode !== 'NOT_CONFIGURED' };
  return { message: (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500), retry: true };
}

/** Fills `done` as it goes, so a failure still records which operation (Case or Task) failed. */
async function work(platform: Platform, job: SalesforceJob, sync: SyncRow, done: Partial<SyncRow>): Promise<void> {
  const ctx = await platform.tenant.inTenant(job.organizationId, null, async (s) => {
    const settings = await settingsRepo.get(s);
    return { settings, source: await syncSource(platform, s, settings, sync) };
  });
  const { settings, source } = ctx;
  if (!settings || !source) return;
  const client = clientFor(platform, settings);
  const protocol = source.protocol ?? sync.protocol ?? sync.callId ?? sync.attendanceId ?? sync.id;
  done.operation = 'case';
  let caseId = sync.caseId;
  if (!caseId) {
    if (sync.attempts > 0)
      caseId = (await client.query(`SELECT Id FROM Case WHERE Subject = ${soqlString(caseSubject(protocol))} LIMIT 1`))[0]?.Id ?? null;
    caseId ??= await client.create('Case', await caseFields(client, { ...source.case, protocol, documentField: settings.documentField }));
    done.caseId = caseId;
    // Stored at once: a Task failure below must not lose the Case.
    await platform.tenant.inTenant(job.organizationId, null, (s) => syncsRepo.update(s, sync.id, { caseId }));
  }
  if (!source.over) return;
  done.operation = 'task';
  const { link } = source;
  let taskId = sync.taskId;
  if (!taskId && sync.attempts > 0) {
    const found = await client.query(
      `SELECT Id, Description FROM Task WHERE WhatId = ${soqlString(caseId)} AND Subject = ${soqlString(protocol)} LIMIT 1`,
    );
    taskId = found[0]?.Id ?? null;
    if (taskId) done.recordingLinked = Boolean(found[0]?.Description);
  }
  if (!taskId) {
    taskId = await client.create('Task', taskFields({ caseId, protocol, link, activity: source.activity }));
    done.recordingLinked = Boolean(link);
  } else if (link && !(done.recordingLinked ?? sync.recordingLinked)) {
    await client.update('Task', taskId, { Description: link });
    done.recordingLinked = true;
  }
  done.taskId = taskId;
}

export function registerSalesforceJob(platform: Platform, log: FastifyBaseLogger) {
  platform.jobs.register<SalesforceJob>(
    SALESFORCE_JOB,
    async (job) => {
      const claimed = await platform.tenant.inTenant(job.organizationId, null, async (s) => {
        const row = await syncsRepo.claim(s, job.syncId, LOCK_SECONDS);
        // Another job works on this call now: come back when it is done.
        if (!row && (await syncsRepo.byId(s, job.syncId))) await enqueueSync(platform, s, job, BUSY_RETRY_SECONDS);
        return row;
      });
      if (!claimed) return;
      const done: Partial<SyncRow> = {};
      try {
        await work(platform, job, claimed, done);
        await platform.tenant.inTenant(job.organizationId, null, (s) =>
          // Nothing done (the integration was switched off meanwhile): the row keeps its state.
          syncsRepo.update(
            s,
            claimed.id,
            done.operation ? { ...done, status: 'synced', lastError: null, attempts: 0, lockedUntil: null } : { lockedUntil: null },
          ),
        );
      } catch (err) {
        const { message, retry: retryable } = describe(err);
        const attempts = claimed.attempts + 1;
        const retry = retryable && attempts < MAX_ATTEMPTS;
        log.info({ syncId: claimed.id, attempts, retry, err: message }, 'salesforce sync failed');
        await platform.tenant.inTenant(job.organizationId, null, async (s) => {
          await syncsRepo.update(s, claimed.id, {
            ...done,
            status: 'failed',
            lastError: message,
            attempts,
            lockedUntil: null,
          });
          if (retry) await enqueueSync(platform, s, job, webhookRetryDelay(attempts, platform.config.salesforceRetryBaseSeconds, null));
        });
      }
    },
    { retryLimit: 3, retryDelay: 5, work: { localConcurrency: 2 } },
  );
}

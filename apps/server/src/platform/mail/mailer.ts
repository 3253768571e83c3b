import type { FastifyBaseLogger } from 'fastify';
import type { Job } from 'pg-boss';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Scope, TenantRunner } from '../db/tenant.js';
import type { Jobs } from '../jobs/jobs.js';
import { mailLogRepo, mailSettingsRepo, type MailLogRow } from './mail-settings.repository.js';
import { sendThroughSmtp, type OutgoingMail } from './smtp-transport.js';

export type { OutgoingMail } from './smtp-transport.js';
export type MailKind = MailLogRow['kind'];

export type Mailer = {
  /** Whether the organization has SMTP settings (features offer e-mail only then). */
  isConfigured(s: Scope): Promise<boolean>;
  /**
   * Queues a message in the caller's transaction (a rollback sends nothing). It leaves after commit
   * through a job with retries, so a slow SMTP server never holds a request. Returns the log row.
   */
  enqueue(s: Scope, kind: MailKind, mail: OutgoingMail): Promise<MailLogRow>;
};

export const MAIL_JOB = 'mail.send';
const RETRY_LIMIT = 4;

// The message rides in the job sealed: it may carry a one-time link, and the job table is plain.
type MailJob = { organizationId: string; logId: string; sealed: string };

function errorText(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  return [e.code, e.responseCode, e.message].filter(Boolean).join(' ').slice(0, 500) || 'unknown error';
}

export function createMailer(deps: {
  jobs: Jobs;
  tenant: TenantRunner;
  secrets: SecretBox;
  allowPrivateTargets: boolean;
  log: FastifyBaseLogger;
}): Mailer {
  const { jobs, tenant, secrets } = deps;

  async function deliver(data: MailJob, job: Job<MailJob>) {
    const loaded = await tenant.inTenant(data.organizationId, null, async (s) => ({
      settings: await mailSettingsRepo.get(s),
      entry: await mailLogRepo.byId(s, data.logId),
    }));
    if (!loaded.entry || loaded.entry.status === 'sent') return;
    const record = (status: MailLogRow['status'], error: string | null) =>
      tenant.inTenant(data.organizationId, null, (s) => mailLogRepo.attempted(s, data.logId, { status, error }));
    const mail = JSON.parse(secrets.open(data.sealed) ?? 'null') as OutgoingMail | null;
    // Settings removed or a message sealed under another key: retrying cannot help.
    if (!loaded.settings || !mail) return record('failed', loaded.settings ? 'sealed message unreadable' : 'MAIL_NOT_CONFIGURED');
    const password = loaded.settings.passwordSealed ? secrets.open(loaded.settings.passwordSealed) : null;
    try {
      await sendThroughSmtp(loaded.settings, password, mail, deps.allowPrivateTargets);
    } catch (err) {
      const last = job.retryCount >= RETRY_LIMIT;
      deps.log.warn({ err: errorText(err), logId: data.logId, attempt: job.retryCount + 1 }, 'mail not sent');
      await record(last ? 'failed' : 'queued', errorText(err));
      if (!last) throw err;
      return;
    }
    await record('sent', null);
  }

  jobs.register<MailJob>(MAIL_JOB, deliver, { retryLimit: RETRY_LIMIT, retryDelay: 5, retryBackoff: true, work: { localConcurrency: 2 } });

  return {
    async isConfigured(s) {
      return Boolean(await mailSettingsRepo.get(s));
    },
    async enqueue(s, kind, mail) {
      const entry = await mailLogRepo.insert(s, { kind, to: mail.to, subject: mail.subject });
      await jobs.sendInTx(s, MAIL_JOB, {
        organizationId: s.organizationId,
        logId: entry.id,
        sealed: secrets.seal(JSON.stringify(mail)),
      } satisfies MailJob);
      s.onCommit(() => jobs.kick(MAIL_JOB));
      return entry;
    },
  };
}

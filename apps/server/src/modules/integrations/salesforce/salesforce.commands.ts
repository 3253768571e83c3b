import { roleAtLeast, type SalesforceSettings, type SalesforceSettingsBody, type SalesforceSync, type SalesforceTestResult } from '@atende/shared';
import { errorMessage } from '@atende/shared/i18n';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { checkTarget } from '../../../platform/http/outbound-fetch.js';
import type { Platform } from '../../../platform/platform.js';
import { assertCanSee, attendanceById } from '../../attendances/index.js';
import { SalesforceError } from './salesforce-client.js';
import { clientFor } from './salesforce-credentials.js';
import { enqueueSync, SALESFORCE_JOB } from './salesforce-sync.job.js';
import { settingsRepo, syncsRepo, type SettingsRow, type SyncRow } from './salesforce.repository.js';

// SPEC CRM-01…CRM-03: "Administração → Integrações → Salesforce". Secrets are write-only: a PUT
// without them keeps the stored ones, "" clears one; GET tells only whether one is set.

const DEFAULTS: SalesforceSettings = {
  enabled: false,
  loginUrl: 'https://login.salesforce.com',
  authType: 'client_credentials',
  clientId: '',
  hasClientSecret: false,
  username: null,
  hasPrivateKey: false,
  apiVersion: '62.0',
  documentField: 'CPF_CNPJ__c',
  chats: false,
};

function toSettings(row: SettingsRow | undefined): SalesforceSettings {
  if (!row) return DEFAULTS;
  return {
    enabled: row.enabled,
    loginUrl: row.loginUrl,
    authType: row.authType,
    clientId: row.clientId,
    hasClientSecret: Boolean(row.clientSecretSealed),
    username: row.username,
    hasPrivateKey: Boolean(row.privateKeySealed),
    apiVersion: row.apiVersion,
    documentField: row.documentField,
    chats: row.chats,
  };
}

export function toSync(row: SyncRow): SalesforceSync {
  return {
    id: row.id,
    kind: row.callId ? 'call' : 'chat',
    callId: row.callId,
    attendanceId: row.attendanceId,
    protocol: row.protocol,
    operation: row.operation,
    status: row.status,
    caseId: row.caseId,
    taskId: row.taskId,
    lastError: row.lastError,
    attempts: row.attempts,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const getSalesforceSettings = (platform: Platform, p: Principal) =>
  platform.tenant.asUser(p, async (s) => toSettings(await settingsRepo.get(s)));

export async function saveSalesforceSettings(platform: Platform, p: Principal, input: SalesforceSettingsBody): Promise<SalesforceSettings> {
  // ARCHITECTURE §3a: the login URL is admin-given; private targets only with ALLOW_PRIVATE_TARGETS.
  try {
    await checkTarget(input.loginUrl, platform.config.allowPrivateTargets);
  } catch (err) {
    if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.loginUrl', rule: 'private_target' }] });
    }
    throw err;
  }
  const sealed = (value: string | null | undefined) =>
    value === undefined || value === null ? undefined : value === '' ? null : platform.secrets.seal(value);
  const row = await platform.tenant.asUser(p, (s) =>
    settingsRepo.save(s, {
      enabled: input.enabled,
      loginUrl: input.loginUrl.replace(/\/+$/, ''),
      authType: input.authType,
      clientId: input.clientId,
      username: input.username?.trim() || null,
      apiVersion: input.apiVersion,
      documentField: input.documentField,
      chats: input.chats,
      ...(sealed(input.clientSecret) !== undefined ? { clientSecretSealed: sealed(input.clientSecret) } : {}),
      ...(sealed(input.privateKey) !== undefined ? { privateKeySealed: sealed(input.privateKey) } : {}),
    }),
  );
  return toSettings(row);
}

/** "Testar conexão": a fresh token and one query, with the stored settings. */
export async function testSalesforceConnection(platform: Platform, p: Principal): Promise<SalesforceTestResult> {
  const row = await platform.tenant.asUser(p, (s) => settingsRepo.get(s));
  const fail = (code: 'SALESFORCE_NOT_CONFIGURED' | 'SALESFORCE_AUTH_FAILED' | 'SALESFORCE_UNREACHABLE' | 'TARGET_NOT_ALLOWED', detail?: string) => ({
    ok: false,
    instanceUrl: null,
    error: { code, message: detail ? `${errorMessage(code, p.locale)} (${detail})` : errorMessage(code, p.locale) },
  });
  if (!row?.clientId || !(row.authType === 'jwt' ? row.privateKeySealed && row.username : row.clientSecretSealed))
    return fail('SALESFORCE_NOT_CONFIGURED');
  const client = clientFor(platform, row);
  try {
    const { instanceUrl } = await client.connect();
    await client.query('SELECT Id FROM Organization LIMIT 1');
    return { ok: true, instanceUrl, error: null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED') return fail('TARGET_NOT_ALLOWED');
    if (err instanceof SalesforceError)
      return fail(err.errorCode === 'AUTH_FAILED' ? 'SALESFORCE_AUTH_FAILED' : 'SALESFORCE_UNREACHABLE', err.message);
    return fail('SALESFORCE_UNREACHABLE', err instanceof Error ? err.message : String(err));
  }
}

export const listSalesforceSyncs = (platform: Platform, p: Principal) => platform.tenant.asUser(p, async (s) => (await syncsRepo.log(s)).map(toSync));

/** The attendance's status line ("Salesforce: sincronizado (Caso …)"): null when it has no call or chat synced. */
export const salesforceSyncOfAttendance = (platform: Platform, p: Principal, attendanceId: string) =>
  platform.tenant.asUser(p, async (s) => {
    // Whoever sees the attendance sees its line; anyone else gets ATT_NOT_FOUND.
    const a = await attendanceById(s, attendanceId);
    assertCanSee(p, a);
    // A chat attendance has a line only where chats are synced too (the console stops asking otherwise).
    const settings = await settingsRepo.get(s);
    const enabled = Boolean(settings?.enabled && (a.channelType === 'voice' || settings.chats));
    const row = await syncsRepo.ofAttendance(s, attendanceId);
    return { enabled, sync: row ? toSync(row) : null };
  });

/** "Tentar novamente": the sync job now, whatever the backoff planned. */
export async function retrySalesforceSync(platform: Platform, p: Principal, id: string): Promise<SalesforceSync> {
  return platform.tenant.asUser(p, async (s) => {
    const row = await syncsRepo.byId(s, id);
    if (!row) throw new AppError('SALESFORCE_SYNC_NOT_FOUND');
    if (row.attendanceId) assertCanSee(p, await attendanceById(s, row.attendanceId));
    else if (!roleAtLeast(p.role, 'admin')) throw new AppError('SALESFORCE_SYNC_NOT_FOUND');
    await syncsRepo.update(s, id, { status: 'pending' });
    await enqueueSync(platform, s, { organizationId: s.organizationId, syncId: id });
    s.onCommit(() => platform.jobs.kick(SALESFORCE_JOB));
    return toSync({ ...row, status: 'pending' });
  });
}

import type { Platform } from '../../../platform/platform.js';
import { salesforceClient, type SalesforceClient, type SalesforceCredentials } from './salesforce-client.js';
import type { SettingsRow } from './salesforce.repository.js';

// SPEC CRM-01: the stored settings opened for one use. Secrets are sealed at rest with
// ENCRYPTION_KEY (platform.secrets); a secret sealed under another key opens as null.
export function credentialsOf(platform: Platform, row: SettingsRow): SalesforceCredentials {
  const open = (sealed: string | null) => (sealed ? platform.secrets.open(sealed) : null);
  return {
    loginUrl: row.loginUrl,
    authType: row.authType,
    clientId: row.clientId,
    clientSecret: open(row.clientSecretSealed),
    username: row.username,
    privateKey: open(row.privateKeySealed),
    apiVersion: row.apiVersion,
  };
}

/** A client whose token is reused until the settings change (their updatedAt names the version). */
export function clientFor(platform: Platform, row: SettingsRow): SalesforceClient {
  return salesforceClient(platform.outboundFetch, credentialsOf(platform, row), `${row.organizationId}:${row.updatedAt.getTime()}`);
}

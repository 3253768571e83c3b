import { z } from 'zod';

// SPEC CRM-01…CRM-03: "Administração → Integrações → Salesforce". Secrets (client secret, JWT
// private key) are write-only: sent in a PUT, never answered back; `hasClientSecret` and
// `hasPrivateKey` tell the form whether one is stored ("definido").
export const salesforceAuthTypes = ['client_credentials', 'jwt'] as const;
export type SalesforceAuthType = (typeof salesforceAuthTypes)[number];

const apiVersion = z.string().regex(/^\d{2,3}\.\d$/, 'like 62.0');
/** A Salesforce API field name (`CPF_CNPJ__c`): it goes into SOQL, so nothing else is allowed. */
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/);

export const salesforceSettingsBody = z.object({
  enabled: z.boolean(),
  loginUrl: z.url({ protocol: /^https?$/ }).max(500),
  authType: z.enum(salesforceAuthTypes).default('client_credentials'),
  clientId: z.string().trim().max(300),
  /** Omitted or null: keep the stored secret; "" clears it. */
  clientSecret: z.string().max(500).nullable().optional(),
  username: z.string().trim().max(200).nullable().optional(),
  /** PEM; omitted or null: keep the stored key; "" clears it. */
  privateKey: z.string().max(10_000).nullable().optional(),
  apiVersion: apiVersion.default('62.0'),
  documentField: fieldName.default('CPF_CNPJ__c'),
  /** Also sync chat attendances: the Case at the agent's first reply, the Task at "Finalizar". */
  chats: z.boolean().default(false),
});
export type SalesforceSettingsBody = z.infer<typeof salesforceSettingsBody>;

export const salesforceSettingsSchema = z.object({
  enabled: z.boolean(),
  loginUrl: z.string(),
  authType: z.enum(salesforceAuthTypes),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  username: z.string().nullable(),
  hasPrivateKey: z.boolean(),
  apiVersion: z.string(),
  documentField: z.string(),
  chats: z.boolean(),
});
export type SalesforceSettings = z.infer<typeof salesforceSettingsSchema>;

/** "Testar conexão": ok with the instance reached, or the coded error. */
export const salesforceTestResult = z.object({
  ok: z.boolean(),
  instanceUrl: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type SalesforceTestResult = z.infer<typeof salesforceTestResult>;

export const salesforceSyncStatuses = ['pending', 'synced', 'failed'] as const;
export const salesforceSyncSchema = z.object({
  id: z.uuid(),
  /** A call's Case and Task, or a chat attendance's. */
  kind: z.enum(['call', 'chat']),
  callId: z.string().nullable(),
  attendanceId: z.string().nullable(),
  protocol: z.string().nullable(),
  operation: z.enum(['case', 'task']),
  status: z.enum(salesforceSyncStatuses),
  caseId: z.string().nullable(),
  taskId: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number().int(),
  updatedAt: z.string(),
});
export type SalesforceSync = z.infer<typeof salesforceSyncSchema>;

export const salesforceSyncsQuery = z.object({ attendanceId: z.uuid().optional() });

import type { SalesforceClient, SalesforceRecord } from './salesforce-client.js';
import { anyEquals, phoneForms, soqlString } from './soql.js';

// SPEC CRM-01 (seed 003): the Case is filled from Salesforce's own records — the Contact found by
// the caller's number or the person's CPF/CNPJ, the Account by the CPF/CNPJ (or the Contact's),
// the owner by the agent's e-mail. What is not found stays empty; an unfound owner leaves OwnerId
// out, so Salesforce gives the Case to the integration user that creates it. Calls and chat
// attendances (when the organization syncs chats) share this builder; they differ in the Origin and
// in where the phone and e-mail come from (the caller's number; the person or the chat contact).

export type CaseInput = {
  protocol: string;
  /** Case.Origin: see caseOrigin. */
  origin: string;
  /** SuppliedPhone, and the first way to find the Contact. */
  phone: string | null;
  /** SuppliedEmail, and another way to find the Contact. */
  email: string | null;
  /** The linked person's CPF/CNPJ, digits only, when Atende knows it. */
  document: string | null;
  agentEmail: string | null;
  documentField: string;
};

export const caseSubject = (protocol: string) => `Protocolo ${protocol}`;

/**
 * Case.Origin for an attendance's channel. Salesforce ships the picklist with "Phone", "Email" and
 * "Web" (Web-to-Case), and its own chat products add "Chat"; the picklist is not restricted, so an
 * org without "Chat" still accepts it and an admin can add the value to show it. Calls are "Phone",
 * e-mail "Email", our site widget "Web", and every messaging channel (WhatsApp, Telegram, Messenger,
 * Instagram, the API channel, an attendance an agent registered) "Chat".
 */
export function caseOrigin(channelType: string): string {
  if (channelType === 'voice') return 'Phone';
  if (channelType === 'email') return 'Email';
  if (channelType === 'webchat') return 'Web';
  return 'Chat';
}

async function first(client: SalesforceClient, soql: string): Promise<SalesforceRecord | undefined> {
  return (await client.query(soql))[0];
}

export async function caseFields(client: SalesforceClient, input: CaseInput): Promise<Record<string, unknown>> {
  const doc = input.documentField;
  const phones = input.phone ? phoneForms(input.phone) : [];
  const contactTerms = [
    phones.length ? anyEquals(['Phone', 'MobilePhone'], phones) : null,
    input.email ? `Email = ${soqlString(input.email)}` : null,
    input.document ? `${doc} = ${soqlString(input.document)}` : null,
  ]
    .filter(Boolean)
    .join(' OR ');
  const contact = contactTerms ? await first(client, `SELECT Id, AccountId, ${doc} FROM Contact WHERE ${contactTerms} LIMIT 1`) : undefined;
  const account = input.document
    ? await first(client, `SELECT Id, ${doc} FROM Account WHERE ${doc} = ${soqlString(input.document)} LIMIT 1`)
    : undefined;
  const owner = input.agentEmail
    ? await first(client, `SELECT Id FROM User WHERE Email = ${soqlString(input.agentEmail)} AND IsActive = true LIMIT 1`)
    : undefined;
  const accountId = account?.Id ?? (contact?.AccountId as string | null | undefined) ?? null;
  const document = input.document ?? (contact?.[doc] as string | null | undefined) ?? (account?.[doc] as string | null | undefined) ?? null;
  const fields: Record<string, unknown> = {
    Subject: caseSubject(input.protocol),
    Origin: input.origin,
    SuppliedPhone: input.phone || null,
    SuppliedEmail: input.email || null,
    ContactId: contact?.Id ?? null,
    AccountId: accountId,
    [doc]: document,
  };
  if (owner) fields.OwnerId = owner.Id;
  return fields;
}

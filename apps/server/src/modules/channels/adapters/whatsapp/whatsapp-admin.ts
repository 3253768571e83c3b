import type { MessageTemplate } from '@atende/shared';
import { ProviderError } from '../port.js';
import type { AdapterChannel, ProviderContext } from '../port.js';
import { credentialsOf, graphJson, graphUrl } from './whatsapp-http.js';

// SPEC CH-02: "Testar conexão" reads the phone number (a harmless authenticated call); templates are
// the business account's approved ones, offered when the 24-hour window is closed.

type PhoneNumberInfo = { display_phone_number?: string; verified_name?: string };

export async function testConnection(channel: AdapterChannel, ctx: ProviderContext): Promise<{ ok: boolean; detail: string }> {
  const { phoneNumberId, accessToken } = credentialsOf(channel);
  const url = `${graphUrl(ctx, phoneNumberId)}?fields=display_phone_number,verified_name`;
  const info = await graphJson<PhoneNumberInfo>(ctx, accessToken, url);
  const name = info.verified_name ?? phoneNumberId;
  return { ok: true, detail: info.display_phone_number ? `${name} (${info.display_phone_number})` : name };
}

type GraphTemplate = {
  name?: string;
  language?: string;
  category?: string;
  status?: string;
  components?: { type?: string; text?: string }[];
};

/** Distinct {{n}} placeholders of a template body. */
export function placeholderCount(body: string): number {
  return new Set([...body.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((m) => m[1])).size;
}

export async function listTemplates(channel: AdapterChannel, ctx: ProviderContext): Promise<MessageTemplate[]> {
  const { wabaId, accessToken } = credentialsOf(channel);
  if (!wabaId) throw new ProviderError('permanent', 'not_configured', 'WhatsApp Business Account id missing');
  const url = `${graphUrl(ctx, wabaId)}/message_templates?status=APPROVED&limit=100`;
  const res = await graphJson<{ data?: GraphTemplate[] }>(ctx, accessToken, url);
  return (res.data ?? [])
    .filter((t) => t.name && t.language && (t.status ?? 'APPROVED') === 'APPROVED')
    .map((t) => {
      const body = t.components?.find((c) => c.type?.toUpperCase() === 'BODY')?.text ?? '';
      return { name: t.name!, language: t.language!, category: t.category ?? '', body, params: placeholderCount(body) };
    });
}

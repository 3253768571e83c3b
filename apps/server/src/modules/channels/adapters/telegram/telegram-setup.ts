import type { AdapterChannel, ProviderContext } from '../port.js';
import { ProviderError } from '../port.js';
import { callTelegram } from './telegram-api.js';
import type { TgUser } from './telegram-types.js';

// SPEC CH-03, ORG-05: the admin's "Testar conexão" and "Registrar webhook" buttons.

/** Updates Atende handles; anything else Telegram would send is left out at the source. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'message_reaction'] as const;

export async function testTelegramConnection(channel: AdapterChannel, ctx: ProviderContext): Promise<{ ok: boolean; detail: string }> {
  const me = await callTelegram<TgUser>(ctx, channel, 'getMe');
  return { ok: true, detail: me.username ? `@${me.username} (${me.first_name})` : me.first_name };
}

export async function registerTelegramWebhook(channel: AdapterChannel, webhookUrl: string, ctx: ProviderContext): Promise<void> {
  const secretToken = channel.secrets.secretToken;
  if (!secretToken) throw new ProviderError('permanent', 'not_configured', 'Webhook secret token missing');
  await callTelegram<boolean>(ctx, channel, 'setWebhook', {
    url: webhookUrl,
    secret_token: secretToken,
    allowed_updates: ALLOWED_UPDATES,
    // Messages that arrived while no webhook was set are still delivered.
    drop_pending_updates: false,
  });
}

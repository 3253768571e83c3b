import { randomBytes } from 'node:crypto';
import type { Scope } from '../../platform/db/tenant.js';
import { channelsRepo } from './channels.repository.js';
import { queuesRepo } from './queues.repository.js';

const random = (n: number) => randomBytes(n).toString('base64url');

/** Seals a provider secret (platform.secrets) before it is stored. */
export type Seal = (plain: string) => string;

/**
 * Issue list demo: voice "Suporte" (inbound), "Vendas" (outbound), chat "Atendimento"; WebChat,
 * WhatsApp and Telegram channels, all feeding "Atendimento". The provider settings and secrets are
 * the demo values of the README, which the local provider fakes accept (SPEC CH-02, CH-03).
 */
export async function seedQueuesDemo(s: Scope, agentIds: string[], companyId: string | null, seal: Seal) {
  const members = agentIds.map((userId) => ({ userId, capacity: 3 }));
  const suporte = await queuesRepo.insert(s, { name: 'Suporte', kind: 'voice', direction: 'inbound', companyId });
  const vendas = await queuesRepo.insert(s, { name: 'Vendas', kind: 'voice', direction: 'outbound', companyId });
  const atendimento = await queuesRepo.insert(s, { name: 'Atendimento', kind: 'chat', direction: null, companyId });
  for (const q of [suporte, vendas, atendimento]) await queuesRepo.addMembers(s, q.id, members);
  const channel = { queueId: atendimento.id, token: random(16), secret: random(32) };
  // VOX-06 (a): the demo site's visitors may also call ("Ligar"), ringing the voice queue "Suporte".
  const webchat = await channelsRepo.insert(s, { ...channel, name: 'WebChat', type: 'webchat', settings: { voiceQueueId: suporte.id } });
  const whatsapp = await channelsRepo.insert(s, {
    ...channel,
    token: random(16),
    name: 'WhatsApp',
    type: 'whatsapp',
    settings: { phoneNumberId: '100000000000001', wabaId: '100000000000002', ratePerSecond: 80 },
    secrets: { accessToken: seal('demo-whatsapp-token'), appSecret: seal('demo-whatsapp-app-secret'), verifyToken: seal('demo-whatsapp-verify') },
    providerKey: '100000000000001',
  });
  const telegram = await channelsRepo.insert(s, {
    ...channel,
    token: random(16),
    name: 'Telegram',
    type: 'telegram',
    settings: { ratePerSecond: 30 },
    secrets: { botToken: seal('123456789:demo-telegram-token'), secretToken: seal('demo-telegram-secret') },
  });
  return { suporte: suporte.id, vendas: vendas.id, atendimento: atendimento.id, webchat: webchat.id, whatsapp: whatsapp.id, telegram: telegram.id };
}

import { randomBytes } from 'node:crypto';
import type { Scope } from '../../platform/db/tenant.js';
import { channelsRepo } from './channels.repository.js';
import { queuesRepo } from './queues.repository.js';

const random = (n: number) => randomBytes(n).toString('base64url');

/**
 * Issue list demo: voice "Suporte" (inbound), "Vendas" (outbound), chat "Atendimento"; a WebChat
 * and a WhatsApp channel, both feeding "Atendimento".
 */
export async function seedQueuesDemo(s: Scope, agentIds: string[], companyId: string | null) {
  const members = agentIds.map((userId) => ({ userId, capacity: 3 }));
  const suporte = await queuesRepo.insert(s, { name: 'Suporte', kind: 'voice', direction: 'inbound', companyId });
  const vendas = await queuesRepo.insert(s, { name: 'Vendas', kind: 'voice', direction: 'outbound', companyId });
  const atendimento = await queuesRepo.insert(s, { name: 'Atendimento', kind: 'chat', direction: null, companyId });
  for (const q of [suporte, vendas, atendimento]) await queuesRepo.addMembers(s, q.id, members);
  const webchat = await channelsRepo.insert(s, { name: 'WebChat', type: 'webchat', queueId: atendimento.id, token: random(16), secret: random(32) });
  const whatsapp = await channelsRepo.insert(s, {
    name: 'WhatsApp',
    type: 'whatsapp',
    queueId: atendimento.id,
    token: random(16),
    secret: random(32),
    settings: { phoneNumberId: 'demo-phone-number-id', displayPhone: '+55 11 4000-0000' },
  });
  return { suporte: suporte.id, vendas: vendas.id, atendimento: atendimento.id, webchat: webchat.id, whatsapp: whatsapp.id };
}

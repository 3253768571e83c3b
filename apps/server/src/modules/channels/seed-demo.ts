import { randomBytes } from 'node:crypto';
import type { Scope } from '../../platform/db/tenant.js';
import { channelsRepo } from './channels.repository.js';

const random = (n: number) => randomBytes(n).toString('base64url');

/** Issue list demo: a WebChat and a WhatsApp channel, both feeding the chat queue "Atendimento". */
export async function seedChannelsDemo(s: Scope, chatQueueId: string) {
  const webchat = await channelsRepo.insert(s, { name: 'WebChat', type: 'webchat', queueId: chatQueueId, token: random(16), secret: random(32) });
  const whatsapp = await channelsRepo.insert(s, {
    name: 'WhatsApp',
    type: 'whatsapp',
    queueId: chatQueueId,
    token: random(16),
    secret: random(32),
    settings: { phoneNumberId: 'demo-phone-number-id', displayPhone: '+55 11 4000-0000' },
  });
  return { webchat: webchat.id, whatsapp: whatsapp.id };
}

import type { Scope } from '../../../platform/db/tenant.js';
import { contactOriginsRepo } from './catalog.repository.js';

// SPEC PAN-02: the contact origins every organization starts with, in this order. The key ties an
// origin to the channels that set it automatically; admins may rename them.
export const builtInContactOrigins: ReadonlyArray<{ key: string; name: string }> = [
  { key: 'email', name: 'Email' },
  { key: 'other', name: 'Outros' },
  { key: 'in_person', name: 'Presencial' },
  { key: 'sac', name: 'SAC' },
  { key: 'site', name: 'Site' },
  { key: 'phone', name: 'Telefônico' },
  { key: 'technician', name: 'Através de um técnico' },
  { key: 'crm', name: 'CRM' },
  { key: 'whatsapp', name: 'WhatsApp' },
  { key: 'facebook', name: 'Facebook' },
  { key: 'instagram', name: 'Instagram' },
  { key: 'messenger', name: 'Messenger' },
  // The seed's "MKBot Assistant".
  { key: 'bot', name: 'Bot' },
  { key: 'monitoring', name: 'Monitoramento' },
  { key: 'reclame_aqui', name: 'Reclame Aqui' },
  { key: 'webchat', name: 'WebChat' },
  { key: 'telegram', name: 'Telegram' },
  { key: 'alerts', name: 'Canal de Alertas' },
];

/** Channel type → origin key; a manual attendance has no automatic origin. */
export const originKeyByChannelType: Readonly<Record<string, string | null>> = {
  webchat: 'webchat',
  whatsapp: 'whatsapp',
  telegram: 'telegram',
  messenger: 'messenger',
  instagram: 'instagram',
  email: 'email',
  voice: 'phone',
  api: 'other',
  manual: null,
};

/** Adds the built-in origins the organization lacks; safe to run on every start. */
export async function ensureContactOrigins(s: Scope) {
  await contactOriginsRepo.insertBuiltIn(
    s,
    builtInContactOrigins.map((o, index) => ({ ...o, position: index + 1 })),
  );
}

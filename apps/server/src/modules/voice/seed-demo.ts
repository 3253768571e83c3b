import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo } from './voice.repository.js';

/**
 * Demo telephony (README): the demo's PBX reports to CTI token `demo-cti-token`; every demo user's
 * softphone registers with their "Ramal" as SIP user (admin 1000, supervisor 1001, agente 2001,
 * agente2 2002, from the tenancy seed) and the demo password. Runs once, on the first seed.
 */
export async function seedVoiceDemo(s: Scope, userIds: Record<string, string>, sealedPassword: string) {
  await voiceRepo.insertSettings(s, 'demo-cti-token');
  for (const userId of Object.values(userIds)) await voiceRepo.saveSipAccount(s, userId, { passwordSealed: sealedPassword });
}

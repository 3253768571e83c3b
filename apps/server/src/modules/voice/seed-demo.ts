import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo } from './voice.repository.js';

/**
 * Demo telephony (README): the PBX of the demo reports to CTI token `demo-cti-token`; agents'
 * softphones register with extensions 1000 (supervisor), 1001 (agente), 1002 (agente2) and the
 * demo password. Runs once, on the first seed.
 */
export async function seedVoiceDemo(s: Scope, userIds: Record<string, string>, sealedPassword: string) {
  await voiceRepo.insertSettings(s, 'demo-cti-token');
  const extensions: Array<[string, string]> = [
    ['supervisor@demo.local', '1000'],
    ['agente@demo.local', '1001'],
    ['agente2@demo.local', '1002'],
  ];
  for (const [email, extension] of extensions) {
    const userId = userIds[email];
    if (userId) await voiceRepo.saveSipAccount(s, userId, { extension, passwordSealed: sealedPassword });
  }
}

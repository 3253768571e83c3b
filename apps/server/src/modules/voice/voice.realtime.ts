import type { CallView } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { callView } from './calls/call-view.js';
import { voiceRepo } from './voice.repository.js';

/**
 * SPEC VOX-01…VOX-03: the agent's console hears its calls live: "Nova chamada" when one rings at
 * them, answered, ended (or stopped ringing at them), and hold/mute/keypad changes. Rooms carry
 * the organization, so a push never reaches another tenant (ORG-01); only the call's agent hears it.
 */
export function registerVoiceRealtime(platform: Platform) {
  platform.events.on('call.changed', 'voice.realtime', async (e) => {
    const org = e.organizationId;
    const { kind, previousAgentId } = e.payload;
    const found = await platform.tenant.inTenant(org, null, async (s) => {
      const row = await voiceRepo.callById(s, e.payload.callId);
      return row && (await callView(s, row));
    });
    if (!found) return;
    const call: CallView = found;
    const to = (userId: string) => rooms.user(org, userId);
    // The event's own agent: the call may have moved on since it was written.
    const agentId = e.payload.agentId;
    if (previousAgentId && previousAgentId !== agentId) platform.realtime.publish(to(previousAgentId), 'voice.ended', { call });
    if (!agentId) return;
    if (kind === 'ringing' && call.state === 'ringing' && call.agentId === agentId) {
      platform.realtime.publish(to(agentId), 'voice.ringing', { call, from: call.from, waitingSince: call.startedAt });
    } else if (kind === 'answered') platform.realtime.publish(to(agentId), 'voice.answered', { call });
    else if (kind === 'ended') platform.realtime.publish(to(agentId), 'voice.ended', { call });
    else if (kind === 'updated') platform.realtime.publish(to(agentId), 'voice.updated', { call });
  });
}

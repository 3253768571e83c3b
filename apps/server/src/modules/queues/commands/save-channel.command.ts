import { randomBytes } from 'node:crypto';
import type { Channel, channelBody, PreChatSettings, updateChannelBody } from '@atende/shared';
import type { ChannelRow } from '../index.js';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { channelsRepo } from '../channels.repository.js';
import { queuesRepo } from '../queues.repository.js';

/** The channel's settings with the pre-chat form (CH-01) and the voice queue (VOX-06 a) replaced when given; others are kept. */
const withWebchat = (settings: unknown, preChat: PreChatSettings | undefined, voiceQueueId: string | null | undefined) => ({
  ...((settings as Record<string, unknown> | null) ?? {}),
  ...(preChat ? { preChat } : {}),
  ...(voiceQueueId !== undefined ? { voiceQueueId } : {}),
});

/** "Permitir chamadas de voz": the widget's calls ring a voice queue of this organization. */
async function checkVoiceQueue(s: Scope, queueId: string | null | undefined) {
  if (!queueId) return;
  const kind = (await queuesRepo.byId(s, queueId))?.kind;
  if (!kind) throw new AppError('QUEUE_NOT_FOUND');
  if (kind !== 'voice') throw new AppError('QUEUE_KIND_MISMATCH');
}

// SPEC ORG-05: a channel feeds exactly one queue of its own kind (voice channels, voice queues).
async function checkQueue(s: Scope, type: Channel['type'], queueId: string) {
  const kind = (await queuesRepo.byId(s, queueId))?.kind;
  if (!kind) throw new AppError('QUEUE_NOT_FOUND');
  if ((type === 'voice') !== (kind === 'voice')) throw new AppError('QUEUE_KIND_MISMATCH');
}

const random = (n: number) => randomBytes(n).toString('base64url');

export function createChannelCommand(platform: Platform, p: Principal, body: z.infer<typeof channelBody>): Promise<ChannelRow> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    await checkQueue(s, body.type, body.queueId);
    const { preChat, voiceQueueId, ...fields } = body;
    if (body.type === 'webchat') await checkVoiceQueue(s, voiceQueueId);
    const settings = body.type === 'webchat' ? withWebchat({}, preChat, voiceQueueId) : {};
    const row = await channelsRepo.insert(s, { ...fields, settings, token: random(16), secret: random(32) });
    await platform.events.emit(s, 'channel.created', { channelId: row.id, queueId: row.queueId });
    return row;
  });
}

export function updateChannelCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateChannelBody>): Promise<ChannelRow> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const current = await channelsRepo.byId(s, id);
    if (!current) throw new AppError('CHANNEL_NOT_FOUND');
    if (body.queueId) await checkQueue(s, current.type, body.queueId);
    const { preChat, voiceQueueId, ...fields } = body;
    const webchatChange = current.type === 'webchat' && (preChat || voiceQueueId !== undefined);
    if (webchatChange) await checkVoiceQueue(s, voiceQueueId);
    const settings = webchatChange ? withWebchat(current.settings, preChat, voiceQueueId) : undefined;
    const row = (await channelsRepo.update(s, id, settings ? { ...fields, settings } : fields))!;
    // Presence listens: agents leave a channel that stops feeding their queue or is deactivated.
    await platform.events.emit(s, 'channel.updated', { channelId: id, queueId: row.queueId, previousQueueId: current.queueId, active: row.active });
    return row;
  });
}

export function rotateChannelSecretCommand(platform: Platform, p: Principal, id: string): Promise<{ secret: string }> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const row = await channelsRepo.update(s, id, { secret: random(32) });
    if (!row) throw new AppError('CHANNEL_NOT_FOUND');
    await platform.events.emit(s, 'channel.secret_rotated', { channelId: id });
    return { secret: row.secret };
  });
}

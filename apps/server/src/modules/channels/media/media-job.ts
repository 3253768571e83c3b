import type { FastifyBaseLogger } from 'fastify';
import type { MessageKind } from '@atende/shared';
import type { Platform } from '../../../platform/platform.js';
import { messageForDelivery, settleMessageMedia, storeChannelMedia } from '../../attendances/index.js';
import { channelById } from '../../queues/index.js';
import { adapterChannel, providerContext } from '../adapters/adapter-channel.js';
import { ProviderError, type MediaRef } from '../adapters/port.js';
import { adapterFor } from '../adapters/registry.js';
import { retryProviderJob } from '../provider-retry.js';

// SPEC CH-02, CH-03: inbound media is fetched the provider's way (WhatsApp: the media id, then its
// URL with the same token, within minutes; Telegram: getFile then the file path), checked by its
// bytes, stored, and the message shows it — or says it could not be fetched.

export const MEDIA_JOB = 'channels.media';
export type MediaJob = { organizationId: string; channelId: string; messageId: string; media: MediaRef; kind: MessageKind; attempt?: number };

const extension: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
};

export function registerMediaJob(platform: Platform, log: FastifyBaseLogger) {
  const settle = (job: MediaJob, outcome: { attachmentId: string } | { error: string }) =>
    platform.tenant.inTenant(job.organizationId, null, (s) => settleMessageMedia(platform, s, job.messageId, outcome));

  platform.jobs.register<MediaJob>(
    MEDIA_JOB,
    async (job) => {
      const found = await platform.tenant.inTenant(job.organizationId, null, async (s) => ({
        channel: await channelById(s, job.channelId),
        target: await messageForDelivery(s, job.messageId),
      }));
      const adapter = found.channel && adapterFor(found.channel.type);
      if (!found.channel || !found.target || !adapter) return;
      let file;
      try {
        file = await adapter.fetchMedia(job.media, adapterChannel(platform, found.channel), providerContext(platform, adapter));
      } catch (err) {
        const transient = !(err instanceof ProviderError) || err.kind === 'transient';
        log.warn({ err, messageId: job.messageId }, 'media fetch failed');
        if (transient && (await retryProviderJob(platform, MEDIA_JOB, job, err instanceof ProviderError ? err.retryAfterSeconds : undefined))) return;
        return void (await settle(job, { error: err instanceof ProviderError ? err.title : 'unreachable' }));
      }
      const declaredType = job.media.mimeType ?? file.mimeType;
      const fileName = file.fileName ?? job.media.fileName ?? `${job.kind}.${extension[declaredType.split(';')[0]!] ?? 'bin'}`;
      const stored = await platform.tenant.inTenant(job.organizationId, null, async (s) => {
        const attachment = await storeChannelMedia(platform, s, found.target!.attendance.id, { bytes: file.bytes, fileName, declaredType });
        await settleMessageMedia(platform, s, job.messageId, attachment ? { attachmentId: attachment.id } : { error: 'unsupported_type' });
        return attachment;
      });
      if (!stored) log.warn({ messageId: job.messageId, declaredType }, 'media refused by its bytes');
    },
    { retryLimit: 3, retryDelay: 5 },
  );
}

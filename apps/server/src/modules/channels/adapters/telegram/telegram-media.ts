import path from 'node:path';
import type { AdapterChannel, MediaRef, ProviderContext } from '../port.js';
import { ProviderError } from '../port.js';
import { botToken, callTelegram } from './telegram-api.js';
import { telegramError, telegramNetworkError } from './telegram-errors.js';
import type { TgFile } from './telegram-types.js';

// SPEC CH-03: an inbound file's bytes. getFile turns the file_id into a path valid for an hour, then
// the file is downloaded from /file/bot<token>/<path>. The Bot API serves files up to 20 MB only.

export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.oga': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
  '.tgs': 'application/x-tgsticker',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function tooBig(): ProviderError {
  return new ProviderError('permanent', 'FILE_TOO_BIG', 'Arquivo maior que 20 MB: o Telegram não permite baixá-lo');
}

export async function fetchTelegramMedia(
  media: MediaRef,
  channel: AdapterChannel,
  ctx: ProviderContext,
): Promise<{ bytes: Buffer; mimeType: string; fileName?: string }> {
  if (media.size !== undefined && media.size > TELEGRAM_DOWNLOAD_LIMIT) throw tooBig();
  const file = await callTelegram<TgFile>(ctx, channel, 'getFile', { file_id: media.providerMediaId });
  if (file.file_size !== undefined && file.file_size > TELEGRAM_DOWNLOAD_LIMIT) throw tooBig();
  if (!file.file_path) throw new ProviderError('permanent', 'FILE_UNAVAILABLE', 'O Telegram não disponibilizou o arquivo');
  const bytes = await download(`${ctx.baseUrl}/file/bot${botToken(channel)}/${file.file_path}`, ctx);
  const extension = path.posix.extname(file.file_path).toLowerCase();
  return {
    bytes,
    mimeType: media.mimeType ?? MIME_BY_EXTENSION[extension] ?? 'application/octet-stream',
    fileName: media.fileName ?? path.posix.basename(file.file_path),
  };
}

async function download(url: string, ctx: ProviderContext): Promise<Buffer> {
  let response: Response;
  try {
    response = await ctx.fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw telegramNetworkError(error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw telegramError(response.status, null);
  }
  if (Number(response.headers.get('content-length') ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) {
    await response.body?.cancel();
    throw tooBig();
  }
  try {
    return await readLimited(response);
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw telegramNetworkError(error);
  }
}

/** The body, refused as soon as it passes the limit (a missing or wrong content-length must not fill memory). */
async function readLimited(response: Response): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > TELEGRAM_DOWNLOAD_LIMIT) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
}

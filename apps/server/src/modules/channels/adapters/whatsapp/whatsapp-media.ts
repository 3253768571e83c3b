import { ProviderError } from '../port.js';
import type { AdapterChannel, MediaRef, ProviderContext } from '../port.js';
import { classifyGraphError } from './whatsapp-errors.js';
import { credentialsOf, graphFetch, graphJson, graphUrl } from './whatsapp-http.js';
import { MAX_MEDIA_BYTES } from './whatsapp-wire.js';

// SPEC CH-02: media go through the Graph API in two steps either way. Outbound: upload the file to
// the phone number, then send its id. Inbound: ask the media id for a short-lived URL, then download
// it with the same token.

/** Uploads a file for this phone number; answers the media id to send. */
export async function uploadMedia(
  file: { bytes: Buffer; fileName: string; mimeType: string },
  phoneNumberId: string,
  accessToken: string,
  ctx: ProviderContext,
): Promise<string> {
  const form = new FormData();
  form.append('messaging_product', 'whatsapp');
  form.append('type', file.mimeType);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }), file.fileName);
  const res = await graphJson<{ id?: string }>(ctx, accessToken, graphUrl(ctx, `${phoneNumberId}/media`), { method: 'POST', body: form });
  if (!res.id) throw new ProviderError('transient', 'bad_response', 'Upload answered no media id');
  return res.id;
}

type MediaInfo = { url?: string; mime_type?: string; sha256?: string; file_size?: number | string };

function tooLarge(size: number): ProviderError {
  return new ProviderError('permanent', 'media_too_large', `Media of ${size} bytes exceeds ${MAX_MEDIA_BYTES} bytes`);
}

export async function fetchMedia(
  media: MediaRef,
  channel: AdapterChannel,
  ctx: ProviderContext,
): Promise<{ bytes: Buffer; mimeType: string; fileName?: string }> {
  const { accessToken } = credentialsOf(channel);
  const info = await graphJson<MediaInfo>(ctx, accessToken, graphUrl(ctx, encodeURIComponent(media.providerMediaId)));
  if (!info.url) throw new ProviderError('permanent', 'media_unavailable', 'The media has no download URL');
  const declared = Number(info.file_size ?? media.size ?? 0);
  if (declared > MAX_MEDIA_BYTES) throw tooLarge(declared);

  const res = await graphFetch(ctx, accessToken, info.url);
  if (!res.ok) throw classifyGraphError(res.status, await res.json().catch(() => null), res.headers.get('retry-after'));
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_MEDIA_BYTES) {
    await res.body?.cancel();
    throw tooLarge(length);
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_MEDIA_BYTES) throw tooLarge(bytes.length);
  const mimeType = info.mime_type ?? media.mimeType ?? res.headers.get('content-type') ?? 'application/octet-stream';
  return { bytes, mimeType, ...(media.fileName ? { fileName: media.fileName } : {}) };
}

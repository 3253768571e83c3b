import type { ErrorCode } from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { AppError } from '../errors.js';
import type { BlobStorage } from '../storage/storage.js';

type UploadCodes = { invalid: ErrorCode; tooLarge: ErrorCode };

const tooLarge = (error: unknown) => (error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';

async function uploadedFile(req: FastifyRequest, codes: UploadCodes, limits?: { fileSize: number }) {
  const file = await req.file(limits ? { limits: { ...limits, files: 1 } } : undefined).catch((error: unknown) => {
    throw new AppError(tooLarge(error) ? codes.tooLarge : codes.invalid);
  });
  if (!file) throw new AppError(codes.invalid);
  return file;
}

/**
 * The request's one uploaded file, read whole (small files: avatars). A file over the limit answers
 * `tooLarge` (a 413 code: oversized bodies are not validation errors, hardening issue), a missing or
 * unreadable one `invalid`.
 */
export async function readUpload(req: FastifyRequest, codes: UploadCodes, limits?: { fileSize: number }) {
  const file = await uploadedFile(req, codes, limits);
  const data = await file.toBuffer().catch((error: unknown) => {
    throw new AppError(tooLarge(error) || file.file.truncated ? codes.tooLarge : codes.invalid);
  });
  if (file.file.truncated) throw new AppError(codes.tooLarge);
  return { filename: file.filename, data };
}

/** Enough leading bytes to recognise a file by its signature. */
const HEAD_BYTES = 64;

/** Reads from `source` until `n` bytes (or the end) arrived, then pauses it; the rest stays readable. */
function readHead(source: Readable, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (error?: Error) => {
      source.off('data', onData).off('end', onEnd).off('error', finish);
      source.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= n) finish();
    };
    const onEnd = () => finish();
    source.on('data', onData).once('end', onEnd).once('error', finish);
  });
}

async function drain(source: Readable) {
  for await (const chunk of source) void chunk;
}

export type StoredUpload = { filename: string; key: string; contentType: string; size: number };

/**
 * Streams the request's one file into blob storage under `key`, never holding it whole (ARCHITECTURE
 * §3a). Its first bytes decide its type (`detect`, never the name or declared type); past `maxBytes`
 * it answers `tooLarge` (413) and nothing stays stored; a broken upload answers `invalid`. A storage
 * failure is not the client's fault and propagates as it is.
 */
export async function streamUpload(
  req: FastifyRequest,
  storage: BlobStorage,
  opts: { key: string; codes: UploadCodes; maxBytes: number; detect: (head: Buffer) => string | undefined },
): Promise<StoredUpload> {
  const { codes } = opts;
  const file = await uploadedFile(req, codes, { fileSize: opts.maxBytes });
  const source = file.file;
  const head = await readHead(source, HEAD_BYTES).catch(() => {
    throw new AppError(codes.invalid);
  });
  const contentType = opts.detect(head);
  if (!contentType) {
    // Read to the end anyway: an oversized file is reported as such, whatever its type.
    await drain(source).catch(() => undefined);
    throw new AppError(source.truncated ? codes.tooLarge : codes.invalid);
  }
  let sourceFailed = false;
  const body = Readable.from(
    (async function* () {
      yield head;
      try {
        if (!source.readableEnded) for await (const chunk of source) yield chunk as Buffer;
      } catch (error) {
        sourceFailed = true;
        throw error;
      }
      if (source.truncated) {
        sourceFailed = true;
        throw new AppError(codes.tooLarge);
      }
    })(),
    { objectMode: false },
  );
  try {
    const { size } = await storage.put(opts.key, body, { contentType });
    if (source.truncated) throw new AppError(codes.tooLarge);
    return { filename: file.filename, key: opts.key, contentType, size };
  } catch (error) {
    await storage.delete(opts.key).catch(() => undefined);
    if (source.truncated) throw new AppError(codes.tooLarge);
    if (sourceFailed) throw new AppError(codes.invalid);
    throw error;
  }
}

import type { ErrorCode } from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

type UploadCodes = { invalid: ErrorCode; tooLarge: ErrorCode };

const tooLarge = (error: unknown) => (error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';

/**
 * The request's one uploaded file, read whole. A file over the limit answers `tooLarge` (a 413 code:
 * oversized bodies are not validation errors, hardening issue), a missing or unreadable one `invalid`.
 */
export async function readUpload(req: FastifyRequest, codes: UploadCodes, limits?: { fileSize: number }) {
  const file = await req.file(limits ? { limits: { ...limits, files: 1 } } : undefined).catch((error: unknown) => {
    throw new AppError(tooLarge(error) ? codes.tooLarge : codes.invalid);
  });
  if (!file) throw new AppError(codes.invalid);
  const data = await file.toBuffer().catch((error: unknown) => {
    throw new AppError(tooLarge(error) || file.file.truncated ? codes.tooLarge : codes.invalid);
  });
  if (file.file.truncated) throw new AppError(codes.tooLarge);
  return { filename: file.filename, data };
}

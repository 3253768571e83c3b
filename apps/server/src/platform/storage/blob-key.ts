import { randomUUID } from 'node:crypto';
import path from 'node:path';

export type BlobKind = 'attachments' | 'avatars' | 'media' | 'recordings';

/** A fresh key for a tenant's blob: `<organizationId>/<kind>/<uuid>`. */
export function newBlobKey(organizationId: string, kind: BlobKind): string {
  return `${organizationId}/${kind}/${randomUUID()}`;
}

export class InvalidBlobKeyError extends Error {
  constructor(key: string) {
    super(`invalid blob key: ${JSON.stringify(key.slice(0, 200))}`);
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Keys are ours (newBlobKey), yet a key that could climb out of the storage root or name an
 * absolute path is refused outright, whatever the driver: relative segments of letters, digits,
 * `.`, `_` and `-`, never `..`.
 */
export function assertBlobKey(key: string): void {
  const ok =
    key.length > 0 &&
    key.length <= 512 &&
    !path.isAbsolute(key) &&
    key.split('/').every((segment) => SEGMENT.test(segment) && !segment.includes('..'));
  if (!ok) throw new InvalidBlobKeyError(key);
}

import { describe, expect, it } from 'vitest';
import { keyBytes } from './browser-push.js';

// SPEC ALR-04: the server's base64url VAPID key becomes the 65-byte P-256 point the browser expects.
describe('keyBytes', () => {
  it('decodes an unpadded base64url key', () => {
    const raw = new Uint8Array(65).map((_, i) => (i * 37 + 4) % 256);
    raw[0] = 4;
    const b64url = Buffer.from(raw).toString('base64url');
    expect(b64url).not.toContain('=');
    expect(Array.from(keyBytes(b64url))).toEqual(Array.from(raw));
  });
});

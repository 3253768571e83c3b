import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ARCHITECTURE §3a "Secrets at rest": channel tokens, CRM credentials and SIP passwords are sealed
// with AES-256-GCM under ENCRYPTION_KEY before they reach the database, and opened only to call the
// provider. Sealed values read `v1.<iv>.<tag>.<ciphertext>` (base64url), so the key can be rotated later.

export type SecretBox = {
  seal(plain: string): string;
  /** The plain text, or null when the value was sealed under another key or is damaged. */
  open(sealed: string): string | null;
  /** An HMAC-SHA256 (base64url) of `data` under a key derived from ENCRYPTION_KEY for `purpose`: signed links (SPEC CRM-02). */
  mac(purpose: string, data: string): string;
  /** Whether `signature` is mac(purpose, data), compared in constant time. */
  verifyMac(purpose: string, data: string, signature: string): boolean;
};

export function createSecretBox(key: string): SecretBox {
  const k = createHash('sha256').update(key).digest();
  // A separate key per purpose: a MAC never doubles as the cipher key or as another purpose's MAC.
  const macOf = (purpose: string, data: string) =>
    createHmac('sha256', createHmac('sha256', k).update(`mac:${purpose}`).digest())
      .update(data)
      .digest('base64url');
  return {
    mac: macOf,
    verifyMac(purpose, data, signature) {
      const expected = Buffer.from(macOf(purpose, data));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    open(sealed) {
      const [v, iv, tag, ct] = sealed.split('.');
      if (v !== 'v1' || !iv || !tag || ct === undefined) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/**
 * ENCRYPTION_KEY when set (required for several instances: they must share it); otherwise a key made
 * once and kept in DATA_DIR, so a laptop install works with no setting.
 */
export function encryptionKey(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'encryption.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, key, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

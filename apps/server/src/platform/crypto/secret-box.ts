import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ARCHITECTURE §3a "Secrets at rest": channel tokens, CRM credentials and SIP passwords are sealed
// with AES-256-GCM under ENCRYPTION_KEY before they reach the database, and opened only to call the
// provider. Sealed values read `v1.<iv>.<tag>.<ciphertext>` (base64url), so the key can be rotated later.

export type SecretBox = {
  seal(plain: string): string;
  /** The plain text, or null when the value was sealed under another key or is damaged. */
  open(sealed: string): string | null;
};

export function createSecretBox(key: string): SecretBox {
  const k = createHash('sha256').update(key).digest();
  return {
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

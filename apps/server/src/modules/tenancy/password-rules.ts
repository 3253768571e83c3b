import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../platform/errors.js';
import { verifyPassword } from './passwords.js';

const LIST = 'common-passwords.txt';

/** The shipped list, found beside this file in the source tree or from the built bundle (apps/server/dist). */
function listPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, LIST), path.join(dir, 'src/modules/tenancy', LIST)]) if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`${LIST} not found`);
}

// Loaded once at start: a missing list stops the server instead of silently accepting any password.
const common = new Set(
  readFileSync(listPath(), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean),
);

export const isCommonPassword = (plain: string) => common.has(plain.toLowerCase());

/**
 * Issue item (passwords): applied whenever a password is set or changed, never at login, so accounts
 * with older, weaker passwords (the demo's) still sign in. Length (10+) is checked by the request schema.
 */
export async function checkNewPassword(plain: string, owner: { email: string; passwordHash?: string }): Promise<void> {
  const lower = plain.toLowerCase();
  const email = owner.email.toLowerCase();
  if (lower === email || lower === email.split('@')[0]) throw new AppError('PASSWORD_IS_EMAIL');
  if (isCommonPassword(plain)) throw new AppError('PASSWORD_TOO_COMMON');
  if (owner.passwordHash && (await verifyPassword(owner.passwordHash, plain))) throw new AppError('PASSWORD_UNCHANGED');
}

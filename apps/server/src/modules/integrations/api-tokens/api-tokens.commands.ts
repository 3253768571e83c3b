import type { ApiToken, apiTokenBody, CreatedApiToken } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { apiTokensRepo, type ApiTokenRow } from './api-tokens.repository.js';
import { displayPrefix, hashApiToken, newApiToken } from './token-secret.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdByName: row.createdByName,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

export function listApiTokens(platform: Platform, p: Principal): Promise<ApiToken[]> {
  return platform.tenant.asUser(p, async (s) => (await apiTokensRepo.list(s)).map(toApiToken));
}

// SPEC PLT-02: the token is returned once, here; only its hash is kept.
export async function createApiToken(platform: Platform, p: Principal, input: z.infer<typeof apiTokenBody>): Promise<CreatedApiToken> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.expiresAt', rule: 'too_small' }] });
  }
  const token = newApiToken();
  const row = await platform.tenant.asUser(p, (s) =>
    apiTokensRepo.insert(s, {
      name: input.name,
      tokenHash: hashApiToken(token),
      prefix: displayPrefix(token),
      scopes: input.scopes,
      createdBy: p.userId,
      expiresAt,
    }),
  );
  return { ...toApiToken({ ...row, createdByName: p.name }), token };
}

export async function revokeApiToken(platform: Platform, p: Principal, id: string): Promise<void> {
  const revoked = await platform.tenant.asUser(p, (s) => apiTokensRepo.revoke(s, id));
  if (!revoked) throw new AppError('API_TOKEN_NOT_FOUND');
}

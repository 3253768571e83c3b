import { createHash } from 'node:crypto';
import { formatCpf, type AlertAppSession } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { countLoginAttempt, decoyHash, giveBackLoginAttempt, hashPassword, isCommonPassword, teamById, verifyPassword } from '../tenancy/index.js';
import type { AppPrincipal } from './app-session.js';
import { appUsersRepo, type AppUserRow } from './app-users.repository.js';
import { settingsRepo } from './settings.repository.js';

// SPEC ALR-01: app users log in with their CPF (any punctuation) or e-mail and a password they set
// through a one-time first-access link.

const MAX_ATTEMPTS_PER_MINUTE = 10;

export const inviteHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A login as typed: an e-mail when it has '@', else a CPF's digits. */
export const parseLogin = (login: string) => (login.includes('@') ? { email: login.trim().toLowerCase() } : { cpf: login.replace(/\D/g, '') });

/** Brute-force defence shared with staff login: attempts per login, per account and per address, across instances. */
export async function appUserForPassword(platform: Platform, input: { login: string; password: string; ip: string }): Promise<AppUserRow> {
  const login = parseLogin(input.login);
  const keys = [`alert-app:${login.email ?? login.cpf}`, `ip:${input.ip}`];
  const attempts = await platform.tenant.inSystem((s) => countLoginAttempt(s, keys));
  if (attempts > MAX_ATTEMPTS_PER_MINUTE) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');
  const candidates = (await platform.tenant.inSystem((s) => appUsersRepo.byLogin(s, login))).filter((u) => u.passwordHash);
  if (!candidates.length) {
    // An unknown login still costs one verification: response time does not reveal who exists.
    await verifyPassword(await decoyHash(), input.password);
    throw new AppError('ALERT_APP_LOGIN_FAILED');
  }
  // One account answers to its CPF and its e-mail: the account itself is counted too, so switching
  // between the two does not double the guesses a minute.
  const accountKeys = candidates.map((u) => `alert-app-user:${u.id}`);
  const accountAttempts = await platform.tenant.inSystem((s) => countLoginAttempt(s, accountKeys));
  if (accountAttempts > MAX_ATTEMPTS_PER_MINUTE) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');
  const matches: AppUserRow[] = [];
  for (const u of candidates) if (await verifyPassword(u.passwordHash!, input.password)) matches.push(u);
  if (!matches.length) throw new AppError('ALERT_APP_LOGIN_FAILED');
  await platform.tenant.inSystem((s) => giveBackLoginAttempt(s, [...keys, ...accountKeys]));
  const active = matches.find((u) => u.active);
  // Only a right password learns that the account is inactive.
  if (!active) throw new AppError('ALERT_APP_USER_INACTIVE');
  return active;
}

/** Checks the new password (the staff rules) and consumes the first-access token once. */
export async function firstAccessCommand(platform: Platform, token: string, password: string): Promise<AppUserRow> {
  const hash = inviteHash(token);
  const user = await platform.tenant.inSystem((s) => appUsersRepo.byInvite(s, hash));
  if (!user) throw new AppError('ALERT_APP_INVITE_INVALID');
  const lower = password.toLowerCase();
  if (isCommonPassword(password)) throw new AppError('PASSWORD_TOO_COMMON');
  if ((user.email && (lower === user.email || lower === user.email.split('@')[0])) || password.replace(/\D/g, '') === user.cpf) {
    throw new AppError('PASSWORD_IS_EMAIL');
  }
  const updated = await platform.tenant.inSystem(async (s) => appUsersRepo.consumeInvite(s, hash, await hashPassword(password)));
  if (!updated) throw new AppError('ALERT_APP_INVITE_INVALID');
  if (!updated.active) throw new AppError('ALERT_APP_USER_INACTIVE');
  return updated;
}

export async function appUserSelf(s: Scope, u: AppUserRow) {
  const team = u.teamId ? await teamById(s, u.teamId) : undefined;
  return {
    id: u.id,
    name: u.name,
    cpf: formatCpf(u.cpf),
    phone: u.phone,
    email: u.email,
    team: team ? { id: team.id, name: team.name } : null,
  };
}

/** What login, first access and /me answer: the user, the CSRF token and the app's settings. */
export function appSessionView(platform: Platform, p: AppPrincipal): Promise<AlertAppSession> {
  return platform.tenant.inTenant(p.organizationId, null, async (s) => {
    const u = await appUsersRepo.byId(s, p.appUserId);
    if (!u) throw new AppError('ALERT_APP_UNAUTHENTICATED');
    const settings = await settingsRepo.get(s);
    return {
      user: await appUserSelf(s, u),
      csrfToken: p.csrfToken,
      settings: {
        serviceNumber: settings.serviceNumber,
        levelTexts: settings.levelTexts,
        callQueueId: settings.voiceQueueId,
        callIceServers: platform.config.rtcIceServers,
      },
    };
  });
}

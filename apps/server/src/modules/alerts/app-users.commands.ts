import { randomBytes } from 'node:crypto';
import { formatCpf, isValidCpf, normalizePhone, type AlertAppUser, type alertAppUserBody, type updateAlertAppUserBody } from '@atende/shared';
import { ALERT_APP_NAMESPACE } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import { constraintError } from '../../platform/db/pg-errors.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError, type FieldProblem } from '../../platform/errors.js';
import { composeMail } from '../../platform/mail/mail-texts.js';
import type { Platform } from '../../platform/platform.js';
import { listTeams, organizationName, teamExists } from '../tenancy/index.js';
import { inviteHash } from './app-auth.commands.js';
import { appUserRoom } from './app-session.js';
import { appSessionsRepo, appUsersRepo, type AppUserRow } from './app-users.repository.js';
import { toAlertView } from './alert-view.js';
import { alertsRepo } from './alerts.repository.js';

// SPEC ALR-07 "Usuários": supervisors and admins register app users and hand them a one-time link.

const INVITE_TTL_MS = 7 * 24 * 3600_000;
type Stats = { alertCount: number; lastAlertAt: Date | null };

async function toAppUser(s: Scope, u: AppUserRow, stats: Stats, names?: Map<string, string>): Promise<AlertAppUser> {
  const teamNames = names ?? new Map((await listTeams(s)).map((t) => [t.id, t.name]));
  return {
    id: u.id,
    name: u.name,
    cpf: formatCpf(u.cpf),
    phone: u.phone,
    email: u.email,
    team: u.teamId && teamNames.has(u.teamId) ? { id: u.teamId, name: teamNames.get(u.teamId)! } : null,
    active: u.active,
    hasPassword: Boolean(u.passwordHash),
    alertCount: stats.alertCount,
    lastAlertAt: stats.lastAlertAt ? new Date(stats.lastAlertAt).toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  };
}

type Input = Partial<z.infer<typeof alertAppUserBody>>;

/** Normalizes CPF and phone; problems are reported per field (CPF check digits, phone shape). */
async function normalized(s: Scope, body: Input) {
  const fields: FieldProblem[] = [];
  const out: Partial<Pick<AppUserRow, 'name' | 'cpf' | 'phone' | 'email' | 'teamId'>> = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.cpf !== undefined) {
    if (!isValidCpf(body.cpf)) fields.push({ path: 'body.cpf', rule: 'invalid_cpf' });
    out.cpf = body.cpf.replace(/\D/g, '');
  }
  if (body.phone !== undefined) {
    const phone = body.phone ? normalizePhone(body.phone) : null;
    if (body.phone && !phone) fields.push({ path: 'body.phone', rule: 'invalid_phone' });
    out.phone = phone;
  }
  if (body.email !== undefined) out.email = body.email || null;
  if (body.teamId !== undefined) {
    if (body.teamId && !(await teamExists(s, body.teamId))) throw new AppError('TEAM_NOT_FOUND');
    out.teamId = body.teamId;
  }
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
  return out;
}

const duplicate = (error: unknown) => (constraintError(error)?.kind === 'unique' ? new AppError('ALERT_APP_USER_DUPLICATE') : error);

export function listAppUsersQuery(platform: Platform, p: Principal, q: { search?: string; active?: 'true' | 'false' }) {
  return platform.tenant.asUser(p, async (s) => {
    const names = new Map((await listTeams(s)).map((t) => [t.id, t.name]));
    const rows = await appUsersRepo.list(s, { search: q.search, active: q.active === undefined ? undefined : q.active === 'true' });
    return { users: await Promise.all(rows.map((r) => toAppUser(s, r.user, r, names))) };
  });
}

async function userWithStats(s: Scope, id: string) {
  const u = await appUsersRepo.byId(s, id);
  if (!u) throw new AppError('ALERT_APP_USER_NOT_FOUND');
  const alerts = await alertsRepo.list(s, { appUserId: id }, 200);
  return { user: await toAppUser(s, u, { alertCount: alerts.length, lastAlertAt: alerts[0]?.firedAt ?? null }), alerts };
}

export function getAppUserQuery(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    const { user, alerts } = await userWithStats(s, id);
    return { ...user, alerts: alerts.map(toAlertView) };
  });
}

export function createAppUserCommand(platform: Platform, p: Principal, body: z.infer<typeof alertAppUserBody>) {
  return platform.tenant
    .asUser(p, async (s) => {
      const values = await normalized(s, body);
      const row = await appUsersRepo.insert(s, { ...values, name: body.name, cpf: values.cpf! });
      return toAppUser(s, row, { alertCount: 0, lastAlertAt: null });
    })
    .catch((e: unknown) => {
      throw duplicate(e);
    });
}

export function updateAppUserCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateAlertAppUserBody>) {
  return platform.tenant
    .asUser(p, async (s) => {
      if (!(await appUsersRepo.update(s, id, await normalized(s, body)))) throw new AppError('ALERT_APP_USER_NOT_FOUND');
      return (await userWithStats(s, id)).user;
    })
    .catch((e: unknown) => {
      throw duplicate(e);
    });
}

/** Deactivation ends the user's app sessions and disconnects their sockets at once. */
export async function setAppUserActiveCommand(platform: Platform, p: Principal, id: string, active: boolean) {
  const user = await platform.tenant.asUser(p, async (s) => {
    if (!(await appUsersRepo.update(s, id, { active }))) throw new AppError('ALERT_APP_USER_NOT_FOUND');
    if (!active) await appSessionsRepo.removeForUser(s, id);
    return (await userWithStats(s, id)).user;
  });
  if (!active) platform.realtime.io?.of(ALERT_APP_NAMESPACE).in(appUserRoom(p.organizationId, id)).disconnectSockets(true);
  return user;
}

/**
 * A one-time first-access link valid 7 days; only its hash is stored, and a new one replaces the old.
 * SPEC ALR-07: when SMTP is set and the user has an e-mail, the link is also e-mailed to them.
 */
export function inviteAppUserCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    const user = await appUsersRepo.byId(s, id);
    if (!user) throw new AppError('ALERT_APP_USER_NOT_FOUND');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
    await appUsersRepo.setInvite(s, id, inviteHash(token), expiresAt);
    const base = platform.config.publicUrl.replace(/\/+$/, '');
    const link = `${base}/alertas/#/primeiro-acesso?token=${token}`;
    let emailedTo: string | null = null;
    if (user.email && (await platform.mail.isConfigured(s))) {
      const vars = { name: user.name, organization: await organizationName(s), link };
      await platform.mail.enqueue(s, 'alert_app_invite', composeMail('alertInvite', 'pt-BR', user.email, vars));
      emailedTo = user.email;
    }
    return { link, expiresAt: expiresAt.toISOString(), emailedTo };
  });
}

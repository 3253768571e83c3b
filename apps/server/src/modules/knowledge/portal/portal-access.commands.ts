import { createHash, randomBytes } from 'node:crypto';
import { normalizeDocument, type PortalUserView } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { composeMail } from '../../../platform/mail/mail-texts.js';
import type { Platform } from '../../../platform/platform.js';
import { getPersonSummary, personEmails, portalCandidates } from '../../persons/index.js';
import {
  countLoginAttempt,
  decoyHash,
  giveBackLoginAttempt,
  hashPassword,
  isCommonPassword,
  organizationName,
  verifyPassword,
} from '../../tenancy/index.js';
import { portalSessionsRepo, portalUsersRepo, type PortalUserRow } from './portal-users.repository.js';

// SPEC PER-06 "Usuário": the person's portal login. First access confirms the CPF/CNPJ and the e-mail
// on file and e-mails a one-time link to set the password; staff "Reenviar senha" e-mails the same
// kind of link. Logins use the staff password hashing, rules and attempt limit.

const LINK_TTL_MS = 24 * 3600_000;
const MAX_ATTEMPTS_PER_MINUTE = 10;
const linkHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Gives the person a fresh link and queues the e-mail to `to`, in the caller's transaction. */
async function sendAccessLink(platform: Platform, s: Scope, person: { id: string; name: string }, to: string) {
  const token = randomBytes(32).toString('base64url');
  await portalUsersRepo.setLink(s, person.id, linkHash(token), new Date(Date.now() + LINK_TTL_MS));
  const base = platform.config.publicUrl.replace(/\/+$/, '');
  const vars = { name: person.name, organization: await organizationName(s), hours: '24', link: `${base}/portal/definir-senha?token=${token}` };
  await platform.mail.enqueue(s, 'portal_access', composeMail('portalAccess', 'pt-BR', to, vars));
}

/**
 * First access: the same answer whatever matched, so the page reveals neither documents nor e-mails.
 * Limited per document and per address.
 */
export async function portalFirstAccessCommand(platform: Platform, input: { document: string; email: string; ip: string }) {
  const document = normalizeDocument(input.document);
  const keys = [`portal-access:${document}`, `portal-access-ip:${input.ip}`];
  const attempts = await platform.tenant.inSystem((s) => countLoginAttempt(s, keys));
  if (attempts > MAX_ATTEMPTS_PER_MINUTE) throw new AppError('RATE_LIMITED');
  if (!document) return;
  const matches = (await platform.tenant.inSystem((s) => portalCandidates(s, { document }))).filter((p) => p.emails.includes(input.email));
  for (const person of matches) {
    await platform.tenant.inTenant(person.organizationId, null, async (s) => {
      if (await platform.mail.isConfigured(s)) await sendAccessLink(platform, s, person, input.email);
    });
  }
}

/** Sets the password from a link (once), ending the customer's other portal sessions. */
export async function portalSetPasswordCommand(platform: Platform, token: string, password: string): Promise<PortalUserRow> {
  const hash = linkHash(token);
  const pending = await platform.tenant.inSystem((s) => portalUsersRepo.byLink(s, hash));
  if (!pending) throw new AppError('PORTAL_LINK_INVALID');
  if (isCommonPassword(password)) throw new AppError('PASSWORD_TOO_COMMON');
  const user = await platform.tenant.inTenant(pending.organizationId, null, async (s) => {
    const emails = await personEmails(s, pending.personId);
    const document = (await getPersonSummary(s, pending.personId))?.document?.replace(/\W/g, '');
    const lower = password.toLowerCase();
    if (emails.some((e) => lower === e || lower === e.split('@')[0]) || (document && password.replace(/\W/g, '') === document)) {
      throw new AppError('PASSWORD_IS_EMAIL');
    }
    const updated = await portalUsersRepo.consumeLink(s, hash, await hashPassword(password));
    if (!updated) throw new AppError('PORTAL_LINK_INVALID');
    await portalSessionsRepo.removeForUser(s, updated.id);
    return updated;
  });
  return user;
}

/** Login by CPF/CNPJ (any punctuation) or the e-mail on file; the same failure for every mismatch. */
export async function portalLoginCommand(platform: Platform, input: { login: string; password: string; ip: string }): Promise<PortalUserRow> {
  const key = input.login.includes('@') ? { email: input.login.trim().toLowerCase() } : { document: normalizeDocument(input.login) };
  const keys = [`portal:${key.email ?? key.document}`, `ip:${input.ip}`];
  const attempts = await platform.tenant.inSystem((s) => countLoginAttempt(s, keys));
  if (attempts > MAX_ATTEMPTS_PER_MINUTE) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');
  const candidates = await platform.tenant.inSystem(async (s) =>
    portalUsersRepo.withPassword(
      s,
      (await portalCandidates(s, key)).map((p) => p.id),
    ),
  );
  if (!candidates.length) {
    // An unknown login still costs one verification: timing does not reveal who has a login.
    await verifyPassword(await decoyHash(), input.password);
    throw new AppError('PORTAL_LOGIN_FAILED');
  }
  for (const u of candidates) {
    if (await verifyPassword(u.passwordHash!, input.password)) {
      await platform.tenant.inSystem(async (s) => {
        await giveBackLoginAttempt(s, keys);
        await portalUsersRepo.touch(s, u.id);
      });
      return u;
    }
  }
  throw new AppError('PORTAL_LOGIN_FAILED');
}

function userView(u: PortalUserRow | undefined): PortalUserView['user'] {
  return u
    ? {
        hasPassword: Boolean(u.passwordHash),
        createdAt: u.createdAt.toISOString(),
        passwordSetAt: u.passwordSetAt?.toISOString() ?? null,
        lastAccessAt: u.lastAccessAt?.toISOString() ?? null,
      }
    : null;
}

async function viewInTx(platform: Platform, s: Scope, personId: string): Promise<PortalUserView> {
  if (!(await getPersonSummary(s, personId))) throw new AppError('PERSON_NOT_FOUND');
  return {
    hasEmail: (await personEmails(s, personId)).length > 0,
    mailConfigured: await platform.mail.isConfigured(s),
    user: userView(await portalUsersRepo.byPerson(s, personId)),
  };
}

/** The person page's "Usuário" tab. */
export function portalUserQuery(platform: Platform, p: Principal, personId: string) {
  return platform.tenant.asUser(p, (s) => viewInTx(platform, s, personId));
}

/** "Reenviar senha": e-mails a link to the person's first e-mail; clear errors with no e-mail or no SMTP. */
export function resendPortalPasswordCommand(platform: Platform, p: Principal, personId: string) {
  return platform.tenant.asUser(p, async (s) => {
    const person = await getPersonSummary(s, personId);
    if (!person) throw new AppError('PERSON_NOT_FOUND');
    const [to] = await personEmails(s, personId);
    if (!to) throw new AppError('PERSON_NO_EMAIL');
    if (!(await platform.mail.isConfigured(s))) throw new AppError('MAIL_NOT_CONFIGURED');
    await sendAccessLink(platform, s, person, to);
    return { ...(await viewInTx(platform, s, personId)), sentTo: to };
  });
}

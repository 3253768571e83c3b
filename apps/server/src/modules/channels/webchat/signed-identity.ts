import type { SignableIdentifier, widgetIdentifyBody } from '@atende/shared';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import type { VisitorProfile } from './visitors.repository.js';
import { verifyIdentityHash } from './widget-auth.js';

// Issue item "widget identity can be borrowed": each identifier the site passes to setUser is
// signed on its own. Only a signed identifier may find or link a person; the others are kept as
// what the visitor typed, shown to the agent as such.

type Hashes = Pick<z.infer<typeof widgetIdentifyBody>, 'hash' | 'hashes'>;

/**
 * The identifiers of `profile` (already normalized: e-mail lower-cased, CPF digits, phone E.164)
 * that carry a valid HMAC. The legacy single `hash` signs the e-mail only. A hash that does not
 * match its identifier is refused as a whole: the site's setup is wrong, not the visitor.
 */
export function signedIdentifiers(secret: string, profile: VisitorProfile, body: Hashes): SignableIdentifier[] {
  const claims: [SignableIdentifier, string | undefined][] = [
    ['email', body.hashes?.email ?? body.hash],
    ['document', body.hashes?.cpf],
    ['phone', body.hashes?.phone],
  ];
  const signed: SignableIdentifier[] = [];
  for (const [field, hash] of claims) {
    if (!hash) continue;
    const value = profile[field];
    if (!value || !verifyIdentityHash(secret, value, hash)) throw new AppError('WIDGET_IDENTITY_INVALID');
    signed.push(field);
  }
  return signed;
}

/** Only the signed identifiers of a profile: all a person may be found or registered by. */
export function signedContact(profile: VisitorProfile, signed: SignableIdentifier[]) {
  return { name: profile.name, ...Object.fromEntries(signed.map((f) => [f, profile[f]])) };
}

/**
 * What the agent sees of a visitor: the data, and which identifiers are signed. A signed value the
 * visitor replaced since (pre-chat form) is no longer signed.
 */
export function contactOf(profile: VisitorProfile, typed: VisitorProfile = {}) {
  const merged = { ...profile, ...typed };
  const signed = (profile.signed ?? []).filter((f) => merged[f] === profile[f]);
  const contact: { name?: string; email?: string; phone?: string; document?: string; signed?: SignableIdentifier[] } = {};
  for (const key of ['name', 'email', 'phone', 'document'] as const) if (merged[key]) contact[key] = merged[key];
  if (signed.length) contact.signed = signed;
  return contact;
}

/** The profile as the widget sees it: without the person id the server keeps for itself. */
export function publicProfile(profile: VisitorProfile) {
  const { identityPersonId: _kept, ...rest } = profile;
  return rest;
}

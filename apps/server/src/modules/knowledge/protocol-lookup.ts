import { normalizeDocument, type ProtocolLookupResult } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { attendancesByProtocol, type AttendanceRow } from '../attendances/index.js';
import { personDocument } from '../persons/index.js';
import { requestsRepo, type RequestRow } from './requests.repository.js';

// SPEC PLT-05: "the customer can follow their demands by protocol on any channel (a public lookup by
// protocol + document)". A protocol is unique within an organization, so the lookup runs across
// organizations and keeps the demand whose linked person has that CPF/CNPJ. An unknown protocol and
// a document that does not match give the same answer: the page reveals nothing about either.

const iso = (d: Date) => d.toISOString();

export function attendanceView(a: AttendanceRow): ProtocolLookupResult {
  const steps: ProtocolLookupResult['steps'] = [{ step: 'opened', at: iso(a.createdAt) }];
  if (a.firstResponseAt) steps.push({ step: 'in_service', at: iso(a.firstResponseAt) });
  if (a.finishedAt) steps.push({ step: 'finished', at: iso(a.finishedAt) });
  const last = [a.createdAt, a.assignedAt, a.firstResponseAt, a.lastMessageAt, a.finishedAt].filter((d): d is Date => d instanceof Date);
  return {
    kind: 'attendance',
    protocol: a.protocol!,
    status: a.status,
    title: null,
    openedAt: iso(a.createdAt),
    updatedAt: iso(new Date(Math.max(...last.map((d) => d.getTime())))),
    steps,
  };
}

export function requestView(r: RequestRow): ProtocolLookupResult {
  const steps: ProtocolLookupResult['steps'] = [{ step: 'opened', at: iso(r.createdAt) }];
  if (r.status !== 'open') steps.push({ step: 'status', at: iso(r.updatedAt) });
  return { kind: 'request', protocol: r.protocol, status: r.status, title: r.title, openedAt: iso(r.createdAt), updatedAt: iso(r.updatedAt), steps };
}

export async function protocolLookupQuery(platform: Platform, protocol: string, document: string): Promise<ProtocolLookupResult> {
  const wanted = normalizeDocument(document);
  const found = await platform.tenant.inSystem(async (s) => {
    const matches = async (personId: string | null) => Boolean(wanted && personId && (await personDocument(s, personId)) === wanted);
    for (const a of await attendancesByProtocol(s, protocol)) if (await matches(a.personId)) return attendanceView(a);
    for (const r of await requestsRepo.byProtocol(s, protocol)) if (await matches(r.personId)) return requestView(r);
    return null;
  });
  if (!found) throw new AppError('PROTOCOL_LOOKUP_NOT_FOUND');
  return found;
}

import { normalizeDocument, normalizePhone, type PersonLookupResult } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import type { PersonServiceRow } from './person-service.repository.js';

// SPEC PER-07: one call to the admin's person service through the guarded client (ARCHITECTURE §3a:
// no private or loopback target unless ALLOW_PRIVATE_TARGETS=true), with the admin's timeout and a
// size cap. Every failure is a coded error the form shows without blocking the save.

const MAX_BYTES = 512 * 1024;
export type LookupKey = { document?: string; phone?: string };

/** The template with {cpf}, {cnpj} and {telefone} filled (URL-encoded; a placeholder not looked up is left empty). */
export function personServiceUrl(template: string, key: LookupKey): string {
  const document = key.document ? normalizeDocument(key.document) : '';
  const e164 = key.phone ? normalizePhone(key.phone) : null;
  const values: Record<string, string> = {
    cpf: document.length === 11 ? document : '',
    cnpj: document.length === 14 ? document : '',
    // The national number, digits only (DDD + number), as Brazilian services expect it.
    telefone: e164 ? e164.replace(/^\+55/, '').replace(/\D/g, '') : '',
  };
  return template.replace(/\{(cpf|cnpj|telefone)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** The value at a dotted path ("cliente.contatos.0.email"), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** The mapped fields of the answer; objects and arrays are not field values and are skipped. */
export function mapAnswer(data: unknown, mapping: PersonServiceRow['mapping']): PersonLookupResult['values'] {
  const values: PersonLookupResult['values'] = {};
  for (const { path, field } of mapping) {
    const v = valueAt(data, path);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[field] = typeof v === 'string' ? v.trim() : v;
  }
  return values;
}

async function readCapped(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new AppError('PERSON_SERVICE_BAD_RESPONSE');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function callPersonService(platform: Platform, cfg: PersonServiceRow, key: LookupKey): Promise<PersonLookupResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const secret = cfg.headerValueSealed ? platform.secrets.open(cfg.headerValueSealed) : null;
  if (cfg.headerName && secret) headers[cfg.headerName] = secret;
  let res: Response;
  try {
    res = await platform.outboundFetch(personServiceUrl(cfg.urlTemplate, key), { headers, timeoutMs: cfg.timeoutMs });
  } catch (err) {
    if (err instanceof AppError) throw err; // TARGET_NOT_ALLOWED
    const name = (err as { name?: string }).name;
    throw new AppError(name === 'TimeoutError' || name === 'AbortError' ? 'PERSON_SERVICE_TIMEOUT' : 'PERSON_SERVICE_UNAVAILABLE', { cause: err });
  }
  if (res.status === 404) throw new AppError('PERSON_SERVICE_NOT_FOUND');
  if (!res.ok) throw new AppError('PERSON_SERVICE_UNAVAILABLE');
  let data: unknown;
  try {
    data = JSON.parse(await readCapped(res));
  } catch (err) {
    if (err instanceof AppError) throw err;
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new AppError('PERSON_SERVICE_TIMEOUT');
    throw new AppError('PERSON_SERVICE_BAD_RESPONSE');
  }
  return { values: mapAnswer(data, cfg.mapping) };
}

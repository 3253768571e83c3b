import { sql, type SQL } from 'drizzle-orm';
import { containsText, likeContains } from './text-match.js';

// SPEC PAN-01/PAN-08 "Nome/Documento" search: the linked person's folded name (persons.search_name,
// written by the persons module) or CPF/CNPJ digits, else the name the contact gave. An uncorrelated
// semi-join on persons (hashed once) instead of folding every joined row's name.
export function nameOrDocumentMatches(organizationId: string, value: string): SQL {
  const needle = likeContains(value);
  const digits = value.replace(/\D/g, '');
  const byDocument = digits.length >= 3 ? sql` or pm.document like ${`%${digits}%`}` : sql``;
  return sql`(a.person_id in (select pm.id from persons pm where pm.organization_id = ${organizationId} and (pm.search_name like ${needle}${byDocument}))
    or (a.person_id is null and ${containsText(sql.raw("(a.contact->>'name')"), value)}))`;
}

import { foldText } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';

// SPEC PAN-07: column filters on text are case- and accent-insensitive "contains". translate()
// instead of unaccent(): the extension is not available everywhere (PGlite), and the set of
// Portuguese diacritics is small.
const ACCENTED = 'áàâãäåéèêëíìîïóòôõöúùûüçñÁÀÂÃÄÅÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇÑ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuucnaaaaaaeeeeiiiiooooouuuucn';

export function folded(expr: SQL): SQL {
  return sql`lower(translate(${expr}, ${ACCENTED}, ${PLAIN}))`;
}

/** The LIKE pattern "contains the folded `value`"; LIKE wildcards in the value are literal. */
export const likeContains = (value: string) => `%${foldText(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `expr` contains `value`, ignoring case and accents; LIKE wildcards in the value are literal. */
export function containsText(expr: SQL, value: string): SQL {
  return sql`${folded(expr)} like ${likeContains(value)}`;
}

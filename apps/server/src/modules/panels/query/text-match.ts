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

/** `expr` contains `value`, ignoring case and accents; LIKE wildcards in the value are literal. */
export function containsText(expr: SQL, value: string): SQL {
  const needle = foldText(value).replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${folded(expr)} like ${`%${needle}%`}`;
}

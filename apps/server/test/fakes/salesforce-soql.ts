// The small part of SOQL the fake Salesforce understands: `SELECT f, … FROM Object [WHERE a = 'x'
// [AND|OR] b = true …] [LIMIT n]`, with string literals escaped the way Salesforce documents
// (backslash escapes). AND binds tighter than OR; no parentheses.

export type SoqlQuery = { fields: string[]; object: string; where: Condition[][]; limit: number | null };
type Condition = { field: string; value: string | boolean | null };

function tokens(soql: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < soql.length) {
    const c = soql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      while (i < soql.length && soql[i] !== "'") {
        if (soql[i] === '\\') {
          const next = soql[i + 1]!;
          value += ({ n: '\n', r: '\r', t: '\t', f: '\f', b: '\b' } as Record<string, string>)[next] ?? next;
          i += 2;
        } else value += soql[i++];
      }
      if (soql[i] !== "'") throw new Error('MALFORMED_QUERY: unterminated string');
      i++;
      out.push(`'${value}`);
    } else if (c === ',' || c === '=') {
      out.push(c);
      i++;
    } else {
      let word = '';
      while (i < soql.length && !/[\s,=']/.test(soql[i]!)) word += soql[i++];
      out.push(word);
    }
  }
  return out;
}

export function parseSoql(soql: string): SoqlQuery {
  const t = tokens(soql);
  let i = 0;
  const expect = (word: string) => {
    if (t[i]?.toUpperCase() !== word) throw new Error(`MALFORMED_QUERY: expected ${word} at ${t[i] ?? 'end'}`);
    i++;
  };
  expect('SELECT');
  const fields: string[] = [];
  while (i < t.length && t[i]!.toUpperCase() !== 'FROM') {
    if (t[i] !== ',') fields.push(t[i]!);
    i++;
  }
  expect('FROM');
  const object = t[i++]!;
  const where: Condition[][] = [];
  let limit: number | null = null;
  if (t[i]?.toUpperCase() === 'WHERE') {
    i++;
    let group: Condition[] = [];
    while (i < t.length && t[i]!.toUpperCase() !== 'LIMIT') {
      const field = t[i++]!;
      if (t[i++] !== '=') throw new Error('MALFORMED_QUERY: only = is supported');
      const raw = t[i++]!;
      const value = raw.startsWith("'") ? raw.slice(1) : raw.toLowerCase() === 'true' ? true : raw.toLowerCase() === 'false' ? false : null;
      group.push({ field, value });
      const joiner = t[i]?.toUpperCase();
      if (joiner === 'OR') {
        where.push(group);
        group = [];
        i++;
      } else if (joiner === 'AND') i++;
    }
    where.push(group);
  }
  if (t[i]?.toUpperCase() === 'LIMIT') limit = Number(t[i + 1]);
  return { fields, object, where, limit };
}

export function matches(record: Record<string, unknown>, where: Condition[][]): boolean {
  if (!where.length) return true;
  return where.some((group) => group.every((c) => (record[c.field] ?? null) === c.value));
}

export type ConstraintError = { kind: 'unique' | 'foreign_key'; constraint: string };

/** The constraint a PostgreSQL error violated, whichever driver (pg, PGlite, drizzle's wrapper) raised it. */
export function constraintError(err: unknown): ConstraintError | undefined {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505') return { kind: 'unique', constraint: constraint ?? 'unknown' };
    // PostgreSQL 15 reports ON DELETE RESTRICT as 23503; newer ones (PGlite is 18) as 23001.
    if (code === '23503' || code === '23001') return { kind: 'foreign_key', constraint: constraint ?? 'unknown' };
  }
  return undefined;
}

export type ConstraintError = { kind: 'unique' | 'foreign_key'; constraint: string };

/** The constraint a PostgreSQL error violated, whichever driver (pg, PGlite, drizzle's wrapper) raised it. */
export function constraintError(err: unknown): ConstraintError | undefined {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505') return { kind: 'unique', constraint: constraint ?? 'unknown' };
    if (code === '23503') return { kind: 'foreign_key', constraint: constraint ?? 'unknown' };
  }
  return undefined;
}

export type Row = Record<string, unknown>;

/** The rows of a raw `tx.execute` result, whichever driver returned it (pg wraps them, PGlite too). */
export const rowsOf = (r: unknown): Row[] => (r as { rows?: Row[] }).rows ?? (r as Row[]);

// SPEC ATT-01: `YYYY-NNNNNNNNNN` — the year of issue and a 10-digit sequence restarting each year.
export const PROTOCOL_PATTERN = /^(\d{4})-(\d{10})$/;

/** The calendar year at `at` in the organization's time zone (Brazilian operations: São Paulo). */
export function protocolYear(at: Date, timeZone = 'America/Sao_Paulo'): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}

export function formatProtocol(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9_999_999_999) throw new RangeError(`protocol sequence out of range: ${sequence}`);
  return `${year}-${String(sequence).padStart(10, '0')}`;
}

export function parseProtocol(input: string): { year: number; sequence: number } | null {
  const m = PROTOCOL_PATTERN.exec(input.trim());
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}

import type { TFunction } from 'i18next';
import { dyn } from './labels';

// SPEC PAN-05: the interactions column names each event type as the seed does ("Alteração de SLA",
// "Iniciando subprocesso Y", "Resgate de atendimento"…). Its rows carry only the type, so these
// short names, not the attendances' timeline sentences (attendances/event-text.ts), which need the
// event's data; the CSV/XLSX export reads the same panels.events.types keys on the server.

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** The label of one event; `data` is the event's jsonb (names of processes, protocol…). */
export function eventLabel(t: TFunction, type: string, data: Record<string, unknown> = {}): string {
  const name = str(data.subprocessName || data.processName || data.name);
  const fallback = t('panels.events.types.other', { type });
  return dyn(t, `panels.events.types.${type}`, fallback, { protocol: str(data.protocol), name });
}

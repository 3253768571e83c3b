import type { TFunction } from 'i18next';

// System messages carry a code and data as JSON, so each side (console, widget) renders them in
// its own language: {"code":"protocol","protocol":"2026-…"}, {"code":"finished",…},
// {"code":"transferred","comment":"…"} (the last one an internal note).

export type SystemNotice =
  | { code: 'protocol'; protocol: string }
  | { code: 'finished'; protocol: string; surveyToken: string | null }
  | { code: 'transferred'; comment: string }
  | { code: 'unknown' };

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The notice in a system message's body; anything unreadable is 'unknown', never an error. */
export function parseSystemBody(body: string): SystemNotice {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { code: 'unknown' };
  }
  if (!data || typeof data !== 'object') return { code: 'unknown' };
  const d = data as Record<string, unknown>;
  switch (d.code) {
    case 'protocol':
      return { code: 'protocol', protocol: text(d.protocol) };
    case 'finished':
      return { code: 'finished', protocol: text(d.protocol), surveyToken: text(d.surveyToken) || null };
    case 'transferred':
      return { code: 'transferred', comment: text(d.comment) };
    default:
      return { code: 'unknown' };
  }
}

/** The timeline line for a system message, in the user's language. */
export function systemText(t: TFunction, body: string): string {
  const notice = parseSystemBody(body);
  switch (notice.code) {
    case 'protocol':
      return t('attendances.system.protocol', { protocol: notice.protocol });
    case 'finished':
      return t('attendances.system.finished', { protocol: notice.protocol });
    case 'transferred':
      return t('attendances.system.transferred', { comment: notice.comment });
    default:
      return t('attendances.system.unknown');
  }
}

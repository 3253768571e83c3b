// What the visitor reads for system messages, sizes and times. Pure, unit-tested.
import { formatFileSize } from '@atende/shared/file-size';
import type { Locale, Translate } from '../i18n';

export type SystemLine = { text: string; protocol?: string; surveyToken?: string };

/**
 * System messages carry JSON (`{"code":"protocol","protocol":…}`); the widget words them in the
 * visitor's language. Codes meant for staff only (a transfer) are never shown: null.
 */
export function systemLine(body: string, t: Translate): SystemLine | null {
  let data: { code?: unknown; protocol?: unknown; surveyToken?: unknown };
  try {
    data = JSON.parse(body) as typeof data;
  } catch (_notJson) {
    return body.trim() ? { text: body } : null;
  }
  const protocol = typeof data?.protocol === 'string' ? data.protocol : '';
  if (data?.code === 'protocol' && protocol) return { text: t('protocol', { protocol }), protocol };
  if (data?.code === 'finished') {
    const surveyToken = typeof data.surveyToken === 'string' && data.surveyToken ? data.surveyToken : undefined;
    return protocol ? { text: t('finished', { protocol }), protocol, surveyToken } : { text: t('ended'), surveyToken };
  }
  return null;
}

/** The console's formatter, so the agent and the visitor read the same size for one file. */
export function fileSize(bytes: number, locale: Locale): string {
  return formatFileSize(bytes, locale);
}

export function clock(iso: string, locale: Locale): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(d);
}

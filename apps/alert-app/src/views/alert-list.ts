import type { AlertView } from '@atende/shared/schemas/alerts';
import { alertAppState } from '../levels';
import type { NewAlert } from '../api';
import { h } from '../dom';
import type { Locale, Translate } from '../i18n';

// SPEC ALR-01: "Meus alertas" — level, when it was fired and its state as the team moves it
// (enviado → recebido pela equipe → em atendimento → encerrado), plus the app's own "na fila".

type Row = { key: string; level: NewAlert['level']; firedAt: string; hasLocation: boolean; state: string; queued: boolean; voice: boolean };

export function alertListView(t: Translate, locale: Locale, alerts: AlertView[], queued: NewAlert[]): HTMLElement {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const rows: Row[] = [
    ...queued.map((q) => ({
      key: q.clientId,
      level: q.level,
      firedAt: q.firedAt,
      hasLocation: !!q.location,
      state: t('queued'),
      queued: true,
      voice: false,
    })),
    ...alerts.map((a) => ({
      key: a.id,
      level: a.level,
      firedAt: a.firedAt,
      hasLocation: !!a.location,
      state: t(`state_${alertAppState(a)}`),
      queued: false,
      voice: a.hasVoiceNote,
    })),
  ].sort((a, b) => b.firedAt.localeCompare(a.firedAt));

  const list = h('ul', { class: 'alerts', 'aria-labelledby': 'my-alerts' });
  for (const r of rows) {
    list.append(
      h(
        'li',
        { class: `alert level-${r.level}`, 'data-id': r.key, 'data-queued': r.queued ? 'true' : null },
        h('span', { class: 'alert-level' }, t(r.level)),
        h('time', { datetime: r.firedAt }, t('firedAt', { time: time.format(new Date(r.firedAt)) })),
        h('span', { class: `alert-state${r.queued ? ' queued' : ''}` }, r.state),
        h('span', { class: 'alert-meta' }, r.hasLocation ? t('withLocation') : t('withoutLocation'), r.voice ? ` · ${t('voiceNote')}` : ''),
      ),
    );
  }
  return h(
    'section',
    { class: 'my-alerts' },
    h('h2', { id: 'my-alerts' }, t('myAlerts')),
    rows.length ? list : h('p', { class: 'muted' }, t('noAlerts')),
  );
}

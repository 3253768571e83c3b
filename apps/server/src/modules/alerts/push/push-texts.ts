import { alertAppState, type AlertAppState, type AlertView, type PushPayload } from '@atende/shared';
import { smallTranslator, type SmallLocale } from '@atende/shared/i18n/small-catalogue';

// SPEC ALR-04, PLT-01: what a push notification says, in the language of the page that subscribed
// (pt-BR by default, English), with the flat-catalogue pattern of the app and the widget. Both
// catalogues have the same keys (the type checks it).

const ptBR = {
  level_green: 'Verde',
  level_yellow: 'Amarelo',
  level_red: 'Vermelho',
  state_sent: 'Enviado',
  state_received: 'Recebido pela equipe',
  state_in_progress: 'Em atendimento',
  state_closed: 'Encerrado',
  appTitle: 'Alerta {level} — {state}',
  inProgress: 'Seu alerta está em atendimento.',
  inProgressBy: 'Seu alerta está em atendimento por {name}.',
  staffTitle: 'Novo alerta {level} — {name}',
};

const en: Record<keyof typeof ptBR, string> = {
  level_green: 'Green',
  level_yellow: 'Yellow',
  level_red: 'Red',
  state_sent: 'Sent',
  state_received: 'Received by the team',
  state_in_progress: 'Being handled',
  state_closed: 'Closed',
  appTitle: '{level} alert — {state}',
  inProgress: 'Your alert is being handled.',
  inProgressBy: 'Your alert is being handled by {name}.',
  staffTitle: 'New {level} alert — {name}',
};

const translators = { 'pt-BR': smallTranslator(ptBR), en: smallTranslator(en) };

/** To the app user when their alert changes: "Alerta Vermelho — Em atendimento". */
export function appUserPush(alert: AlertView, locale: SmallLocale = 'pt-BR'): PushPayload {
  const t = translators[locale];
  const state: AlertAppState = alertAppState(alert);
  const level = t(`level_${alert.level}`);
  return {
    title: t('appTitle', { level, state: t(`state_${state}`) }),
    // The level's text is the organization's own words (ALR-07), shown as they were written.
    body: state !== 'in_progress' ? alert.levelText : alert.assignee ? t('inProgressBy', { name: alert.assignee.name }) : t('inProgress'),
    url: '/alertas/',
  };
}

/** To the receiving team and the supervisors when an alert is fired; a click opens the alert. */
export function staffPush(alert: AlertView, locale: SmallLocale = 'pt-BR'): PushPayload {
  const t = translators[locale];
  return {
    title: t('staffTitle', { level: t(`level_${alert.level}`), name: alert.appUser.name }),
    body: alert.levelText,
    url: `/alerts?alerta=${alert.id}`,
  };
}

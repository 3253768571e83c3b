import { alertAppState, type AlertAppState, type AlertLevel, type AlertView, type PushPayload } from '@atende/shared';

// SPEC ALR-04, PLT-01: what a push notification says, in pt-BR (the app's and the console's default
// language; a push is built once per event, before anyone's browser language is known).

const LEVEL: Record<AlertLevel, string> = { green: 'Verde', yellow: 'Amarelo', red: 'Vermelho' };
const APP_STATE: Record<AlertAppState, string> = {
  sent: 'Enviado',
  received: 'Recebido pela equipe',
  in_progress: 'Em atendimento',
  closed: 'Encerrado',
};

/** To the app user when their alert changes: "Alerta Vermelho — Em atendimento". */
export function appUserPush(alert: AlertView): PushPayload {
  const who = alert.assignee ? ` por ${alert.assignee.name}` : '';
  const state = alertAppState(alert);
  return {
    title: `Alerta ${LEVEL[alert.level]} — ${APP_STATE[state]}`,
    body: state === 'in_progress' ? `Seu alerta está em atendimento${who}.` : alert.levelText,
    url: '/alertas/',
  };
}

/** To the receiving team and the supervisors when an alert is fired. */
export function staffPush(alert: AlertView): PushPayload {
  return {
    title: `Novo alerta ${LEVEL[alert.level]} — ${alert.appUser.name}`,
    body: alert.levelText,
    url: '/alerts',
  };
}

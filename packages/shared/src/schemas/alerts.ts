import { z } from 'zod';

// SPEC ALR-01…ALR-07, the Canal de Alertas: what the alert app, the staff console and the server
// agree on. The alerts module owns app users, alerts and their settings; the collaboration module
// shows each alert as a card in the receiving team's group ("Conversas").

/** The three buttons of the app (ALR-01): Verde "Risco leve", Amarelo "Risco moderado", Vermelho "Risco grave". */
export const alertLevels = ['green', 'yellow', 'red'] as const;
export type AlertLevel = (typeof alertLevels)[number];

/** The alert's state as staff see it (ALR-04): novo, em atendimento, encerrado. */
export const alertStates = ['new', 'in_progress', 'closed'] as const;
export type AlertState = (typeof alertStates)[number];

/**
 * The alert's state as its app user sees it (ALR-01): enviado (stored, nobody on the team has seen
 * it yet), recebido pela equipe (a team member saw it), em atendimento, encerrado. The app adds its
 * own "na fila" for an alert fired offline and not yet sent.
 */
export const alertAppStates = ['sent', 'received', 'in_progress', 'closed'] as const;
export type AlertAppState = (typeof alertAppStates)[number];

export const alertAppState = (a: { state: AlertState; receivedAt: string | null }): AlertAppState =>
  a.state === 'closed' ? 'closed' : a.state === 'in_progress' ? 'in_progress' : a.receivedAt ? 'received' : 'sent';

/** Levels after which the app offers "Ligar Agora!" (ALR-03). */
export const callableAlertLevels: readonly AlertLevel[] = ['yellow', 'red'];

export const alertLocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** Metres, as the Geolocation API reports it. */
  accuracy: z.number().min(0).max(1_000_000).nullable().optional(),
});
export type AlertLocation = z.infer<typeof alertLocationSchema>;

/** `https://www.google.com/maps?q=<lat>,<lng>` (ALR-02). */
export const googleMapsLink = (l: Pick<AlertLocation, 'lat' | 'lng'>) => `https://www.google.com/maps?q=${l.lat},${l.lng}`;

/**
 * What an alert looks like on a card, in the monitoring list and to the events: a snapshot taken
 * when it was fired (the user's name, CPF and phone as they were), plus its live state.
 */
export const alertViewSchema = z.object({
  id: z.string().uuid(),
  level: z.enum(alertLevels),
  /** The text the organization configured for this level (ALR-07). */
  levelText: z.string(),
  state: z.enum(alertStates),
  appUser: z.object({
    id: z.string().uuid(),
    name: z.string(),
    cpf: z.string(),
    phone: z.string().nullable(),
  }),
  teamId: z.string().uuid().nullable(),
  location: alertLocationSchema.nullable(),
  /** When the user pressed the button, kept for an alert fired offline and sent later. */
  firedAt: z.string(),
  /** When the server stored it. */
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  assignee: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  closingNote: z.string().nullable(),
  hasVoiceNote: z.boolean(),
});
export type AlertView = z.infer<typeof alertViewSchema>;

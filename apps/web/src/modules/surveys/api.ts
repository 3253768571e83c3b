import { api } from '../../app/api';

// SPEC ATT-08: the customer's satisfaction survey, public; the link's token is its only credential.
export type SurveyView = { organizationName: string; protocol: string | null; answered: boolean; rating: number | null };

export const surveyKey = (token: string) => ['survey', token] as const;
export const getSurvey = (token: string, signal?: AbortSignal) =>
  api.get<SurveyView>(`/api/public/surveys/${encodeURIComponent(token)}`, undefined, signal);
export const answerSurvey = (token: string, body: { rating: number; comment: string }) =>
  api.post<void>(`/api/public/surveys/${encodeURIComponent(token)}`, body);

import type { Platform } from '../../../platform/platform.js';
import { AppError } from '../../../platform/errors.js';
import { attendancesRepo } from '../attendances.repository.js';
import { surveysRepo } from '../surveys.repository.js';

/** Finds the survey's organization from its token, then works inside that tenant. */
async function inSurveyTenant<T>(
  platform: Platform,
  token: string,
  fn: (s: Parameters<Parameters<Platform['tenant']['inTenant']>[2]>[0], attendanceId: string) => Promise<T>,
) {
  const survey = await platform.tenant.inSystem((s) => surveysRepo.byToken(s, token));
  if (!survey) throw new AppError('SURVEY_NOT_FOUND');
  return platform.tenant.inTenant(survey.organizationId, null, (s) => fn(s, survey.attendanceId));
}

export function surveyViewQuery(
  platform: Platform,
  token: string,
  organizationName: (s: Parameters<Parameters<Platform['tenant']['inTenant']>[2]>[0]) => Promise<string>,
) {
  return inSurveyTenant(platform, token, async (s, attendanceId) => {
    const a = await attendancesRepo.byId(s, attendanceId);
    const survey = await surveysRepo.byAttendance(s, attendanceId);
    return {
      organizationName: await organizationName(s),
      protocol: a?.protocol ?? null,
      answered: Boolean(survey?.answeredAt),
      rating: survey?.rating ?? null,
    };
  });
}

/** SPEC ATT-08: one answer per attendance, 1–5 and a comment. */
export function answerSurveyCommand(platform: Platform, token: string, rating: number, comment: string) {
  return inSurveyTenant(platform, token, async (s, attendanceId) => {
    const survey = await surveysRepo.byAttendance(s, attendanceId);
    if (survey?.answeredAt) throw new AppError('SURVEY_ALREADY_ANSWERED');
    const row = await surveysRepo.answer(s, attendanceId, rating, comment);
    if (!row) throw new AppError('SURVEY_NOT_FOUND');
    await attendancesRepo.addEvent(s, attendanceId, 'survey_answered', { rating, comment });
    await platform.events.emit(s, 'attendance.rated', { attendanceId, rating });
  });
}

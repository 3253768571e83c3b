import {
  cleanAnswers,
  formAnswerProblems,
  type AttendanceForm,
  type attendanceFormBody,
  type AttendanceFormFill,
  type FormAnswers,
  type Role,
  type updateAttendanceFormBody,
} from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { addAttendanceEvent } from '../attendances/index.js';
import { actableAttendance, announce, visibleAttendance } from './attendance-access.js';
import { formsRepo, type FormRow } from './forms.repository.js';

// SPEC ATT-12 "Informações Personalizadas": admins define the forms; agents of the allowed roles
// fill them during an attendance; the answers are stored on it and each save is in its events.

const toForm = ({ id, name, icon, group, fields, roles, active }: FormRow): AttendanceForm => ({
  id,
  name,
  icon,
  group,
  fields,
  roles: roles as Role[],
  active,
});

export const listFormsQuery = (platform: Platform, p: Principal) =>
  platform.tenant.asUser(p, async (s) => ({ items: (await formsRepo.list(s)).map(toForm) }));

export const createFormCommand = (platform: Platform, p: Principal, body: z.infer<typeof attendanceFormBody>) =>
  platform.tenant.asUser(p, async (s) => toForm(await formsRepo.insert(s, body)));

export const updateFormCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateAttendanceFormBody>) =>
  platform.tenant.asUser(p, async (s) => {
    const row = await formsRepo.update(s, id, body);
    if (!row) throw new AppError('FORM_NOT_FOUND');
    return toForm(row);
  });

const usable = (f: FormRow, p: Principal) => f.active && f.roles.includes(p.role);

/** The active forms the caller's role may fill, each with its answers in this attendance. */
export const attendanceFormsQuery = (platform: Platform, p: Principal, attendanceId: string) =>
  platform.tenant.asUser(p, async (s): Promise<{ items: AttendanceFormFill[] }> => {
    const a = await visibleAttendance(s, p, attendanceId);
    const answers = new Map((await formsRepo.answersOf(s, a.id)).map((r) => [r.formId, r.answers]));
    const forms = (await formsRepo.list(s)).filter((f) => usable(f, p));
    return {
      items: forms.map((f) => ({ id: f.id, name: f.name, icon: f.icon, group: f.group, fields: f.fields, answers: answers.get(f.id) ?? null })),
    };
  });

export const saveFormAnswersCommand = (platform: Platform, p: Principal, attendanceId: string, formId: string, answers: FormAnswers) =>
  platform.tenant.asUser(p, async (s) => {
    const a = await actableAttendance(s, p, attendanceId);
    const form = await formsRepo.byId(s, formId);
    if (!form || !form.active) throw new AppError('FORM_NOT_FOUND');
    if (!form.roles.includes(p.role)) throw new AppError('FORM_FORBIDDEN');
    if (Object.keys(formAnswerProblems(form.fields, answers)).length) throw new AppError('FORM_ANSWERS_INVALID');
    const clean = cleanAnswers(form.fields, answers);
    await formsRepo.saveAnswers(s, a.id, form.id, clean);
    // ATT-12: "listed in its events" — the form's name and what was answered, by field label.
    const shown = Object.fromEntries(form.fields.filter((f) => clean[f.key] !== null).map((f) => [f.label, clean[f.key]]));
    await addAttendanceEvent(s, a.id, 'form_answered', { form: form.name, answers: shown });
    await announce(platform, s, a.id);
    return { id: form.id, name: form.name, icon: form.icon, group: form.group, fields: form.fields, answers: clean };
  });

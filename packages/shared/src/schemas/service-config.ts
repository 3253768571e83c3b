import { z } from 'zod';
import { roles } from '../roles.js';
import { panelTools } from '../tools.js';
import { nameText, patchBody } from './common.js';

// SPEC PAN-02…PAN-04, ORG-03: the service configuration admins keep under "Configurações" and the
// panels read (processes, classifications, contact origins, SLA reasons, calendars, SLA policies,
// tool permissions).

// PAN-03: processes and their ordered subprocesses; a subprocess lasts up to a year.
export const subprocessSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.number().int(),
  durationHours: z.number().int(),
  active: z.boolean(),
});
export type Subprocess = z.infer<typeof subprocessSchema>;

export const processSchema = z.object({ id: z.uuid(), name: z.string(), active: z.boolean(), subprocesses: z.array(subprocessSchema) });
export type Process = z.infer<typeof processSchema>;

const durationHours = z.number().int().min(1).max(8760);
export const processBody = z.object({ name: nameText() });
export const updateProcessBody = z.object({ name: nameText().optional(), active: z.boolean().optional() });
export const subprocessBody = z.object({ name: nameText(), durationHours });
export const updateSubprocessBody = z.object({
  name: nameText().optional(),
  durationHours: durationHours.optional(),
  active: z.boolean().optional(),
  /** 1-based place within its process; the others shift to make room. */
  position: z.number().int().min(1).max(10_000).optional(),
});

// PAN-01, ATT-07: opening ("Classificação de abertura") and closing classifications.
export const classificationKinds = ['opening', 'closing'] as const;
export type ClassificationKind = (typeof classificationKinds)[number];
export const classificationSchema = z.object({ id: z.uuid(), kind: z.enum(classificationKinds), name: z.string(), active: z.boolean() });
export type Classification = z.infer<typeof classificationSchema>;
export const listClassificationsQuery = z.object({ kind: z.enum(classificationKinds).optional() });
export const classificationBody = z.object({ kind: z.enum(classificationKinds), name: nameText() });
export const updateClassificationBody = z.object({ name: nameText().optional(), active: z.boolean().optional() });

// PAN-02: "Origem do contato"; `key` marks the built-in ones a channel sets automatically.
export const contactOriginSchema = z.object({
  id: z.uuid(),
  key: z.string().nullable(),
  name: z.string(),
  active: z.boolean(),
  position: z.number().int(),
});
export type ContactOrigin = z.infer<typeof contactOriginSchema>;
export const contactOriginBody = z.object({ name: nameText() });
export const updateContactOriginBody = z.object({ name: nameText().optional(), active: z.boolean().optional() });

// PAN-04: "Motivos de intervenção de SLA".
export const slaReasonTypes = ['increment', 'pause'] as const;
export type SlaReasonType = (typeof slaReasonTypes)[number];
export const slaReasonSchema = z.object({ id: z.uuid(), name: z.string(), type: z.enum(slaReasonTypes), active: z.boolean() });
export type SlaReason = z.infer<typeof slaReasonSchema>;
export const listSlaReasonsQuery = z.object({ type: z.enum(slaReasonTypes).optional() });
export const slaReasonBody = z.object({ name: nameText(), type: z.enum(slaReasonTypes) });
export const updateSlaReasonBody = z.object({ name: nameText().optional(), active: z.boolean().optional() });

// PAN-04: business calendars. Shapes only here; whether the hours and the zone make a usable
// calendar is the SLA calculator's call on the server (CALENDAR_INVALID).
export const workingSpanSchema = z.object({ weekday: z.number().int().min(0).max(6), start: z.string().max(5), end: z.string().max(5) });
export const calendarSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  name: z.string(),
  timeZone: z.string(),
  hours: z.array(workingSpanSchema),
  nationalHolidays: z.boolean(),
});
export type Calendar = z.infer<typeof calendarSchema>;
export const calendarBody = z.object({
  companyId: z.uuid().nullable(),
  name: nameText(),
  timeZone: z.string().trim().min(1).max(64),
  hours: z.array(workingSpanSchema).max(100),
  nationalHolidays: z.boolean(),
});
export const updateCalendarBody = patchBody(calendarBody);

export const holidaySchema = z.object({ id: z.uuid().nullable(), date: z.string(), name: z.string(), national: z.boolean() });
export type Holiday = z.infer<typeof holidaySchema>;
export const holidaysQuery = z.object({ year: z.coerce.number().int().min(1900).max(2999).optional() });
export const holidayBody = z.object({ date: z.iso.date(), name: nameText() });

// PAN-04: resolution time per classification and/or process (neither = the default policy).
export const slaModes = ['business', 'calendar'] as const;
export const slaPolicySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  classificationId: z.uuid().nullable(),
  classificationName: z.string().nullable(),
  processId: z.uuid().nullable(),
  processName: z.string().nullable(),
  resolutionMinutes: z.number().int(),
  mode: z.enum(slaModes),
  active: z.boolean(),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;
export const slaPolicyBody = z.object({
  name: nameText(),
  classificationId: z.uuid().nullable().default(null),
  processId: z.uuid().nullable().default(null),
  /** Up to a year. */
  resolutionMinutes: z.number().int().min(1).max(525_600),
  mode: z.enum(slaModes).default('business'),
  active: z.boolean().default(true),
});
export const updateSlaPolicyBody = z.object({
  name: nameText().optional(),
  classificationId: z.uuid().nullable().optional(),
  processId: z.uuid().nullable().optional(),
  resolutionMinutes: z.number().int().min(1).max(525_600).optional(),
  mode: z.enum(slaModes).optional(),
  active: z.boolean().optional(),
});

// ORG-03: "Permissões de ferramentas", the effective matrix per role (defaults merged with rows).
export const toolPermissionsSchema = z.object({
  tools: z.array(z.enum(panelTools)),
  roles: z.array(z.enum(roles)),
  matrix: z.record(z.enum(roles), z.record(z.enum(panelTools), z.boolean())),
});
export type ToolPermissions = z.infer<typeof toolPermissionsSchema>;
/** Any subset of roles and tools; an unknown role or tool fails validation. */
export const toolPermissionsBody = z.object({ matrix: z.partialRecord(z.enum(roles), z.partialRecord(z.enum(panelTools), z.boolean())) });
export const myToolsSchema = z.object({ tools: z.array(z.enum(panelTools)) });

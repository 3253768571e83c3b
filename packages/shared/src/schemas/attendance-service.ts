import { z } from 'zod';
import { isUf, normalizeCep } from '../br/cep.js';
import { attendanceStatuses } from './attendances.js';

// SPEC PAN-01…PAN-06, PAN-10: an attendance's service data as the panels read and change it
// (company, origin, classification, process/subprocess, address, SLA, service orders).

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const serviceAddress = z.object({
  cep: z.string().nullable(),
  street: z.string().nullable(),
  number: z.string().nullable(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  condo: z.string().nullable(),
});
export type ServiceAddress = z.infer<typeof serviceAddress>;

/** A partial address: absent fields stay, null clears. */
export const serviceAddressBody = z.object({
  // SPEC PER-02, as for a person's address: empty clears; otherwise 8 digits, punctuation allowed.
  cep: text(20)
    .refine((v) => v === '' || normalizeCep(v) !== null, { error: 'invalid_cep' })
    .nullable()
    .optional(),
  street: optionalText(200),
  number: optionalText(20),
  district: optionalText(120),
  city: optionalText(120),
  // One of the 27 UFs, stored in capitals ("sp" → "SP"); empty clears.
  state: text(2)
    .toUpperCase()
    .refine((v) => v === '' || isUf(v), { error: 'invalid_uf' })
    .nullable()
    .optional(),
  condo: optionalText(120),
});

export const serviceOrderStatuses = ['unscheduled', 'scheduled', 'done'] as const;
/** "Inexistente" (none), "Sem agendamento", "Agendada", "Concluído" (PAN-06). */
export const serviceOrderSummaryStatuses = ['none', ...serviceOrderStatuses] as const;

export const serviceOrderSchema = z.object({
  id: z.uuid(),
  code: z.number().int(),
  attendanceId: z.uuid(),
  status: z.enum(serviceOrderStatuses),
  scheduledAt: z.string().nullable(),
  description: z.string(),
  address: serviceAddress.omit({ condo: true }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceOrder = z.infer<typeof serviceOrderSchema>;
/** SPEC PER-04 "Agendamentos": a service-order visit of one of the person's attendances, with its protocol. */
export const personVisitSchema = serviceOrderSchema.extend({ protocol: z.string().nullable() });
export type PersonVisit = z.infer<typeof personVisitSchema>;

export const slaStates = ['on_time', 'late', 'paused', 'none'] as const;

export const attendanceServiceSchema = z.object({
  id: z.uuid(),
  code: z.number().int(),
  protocol: z.string().nullable(),
  status: z.enum(attendanceStatuses),
  companyId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  personDocument: z.string().nullable(),
  description: z.string().nullable(),
  contactOriginId: z.uuid().nullable(),
  contactOriginName: z.string().nullable(),
  openingClassificationId: z.uuid().nullable(),
  openingClassificationName: z.string().nullable(),
  closingClassificationId: z.uuid().nullable(),
  closingClassificationName: z.string().nullable(),
  processId: z.uuid().nullable(),
  processName: z.string().nullable(),
  subprocessId: z.uuid().nullable(),
  subprocessName: z.string().nullable(),
  subprocessStartedAt: z.string().nullable(),
  subprocessDueAt: z.string().nullable(),
  address: serviceAddress,
  assigneeId: z.uuid().nullable(),
  /** "Resgate": null reads "Sem resgate". */
  assigneeName: z.string().nullable(),
  openedById: z.uuid().nullable(),
  openedByName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  finishedByName: z.string().nullable(),
  sla: z.object({
    policyId: z.uuid().nullable(),
    mode: z.enum(['business', 'calendar']).nullable(),
    minutes: z.number().int().nullable(),
    startedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    pausedAt: z.string().nullable(),
    state: z.enum(slaStates),
    remainingHours: z.number().nullable(),
  }),
  serviceOrderStatus: z.enum(serviceOrderSummaryStatuses),
  serviceOrders: z.array(serviceOrderSchema),
  subprocessRuns: z.array(
    z.object({
      id: z.uuid(),
      processName: z.string(),
      subprocessName: z.string(),
      startedAt: z.string(),
      dueAt: z.string(),
      endedAt: z.string().nullable(),
      endedByName: z.string().nullable(),
    }),
  ),
});
export type AttendanceService = z.infer<typeof attendanceServiceSchema>;

/** "Editar atendimento". processId only when the attendance has none yet (else "Encaminhar"). */
export const patchAttendanceServiceBody = z.object({
  companyId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
  description: optionalText(4000),
  contactOriginId: z.uuid().nullable().optional(),
  openingClassificationId: z.uuid().nullable().optional(),
  processId: z.uuid().optional(),
  address: serviceAddressBody.optional(),
});

/** "Novo atendimento" from the panel. */
export const newPanelAttendanceBody = z.object({
  personId: z.uuid().nullable().default(null),
  contactName: optionalText(200),
  companyId: z.uuid().nullable().optional(),
  contactOriginId: z.uuid().nullable().optional(),
  openingClassificationId: z.uuid().nullable().optional(),
  processId: z.uuid().nullable().optional(),
  description: optionalText(4000),
  address: serviceAddressBody.optional(),
});

// "Modificar SLA" (PAN-04): "Tem certeza que deseja executar este processo agora?" must be ticked.
const confirmation = z.unknown().optional();
const slaUnit = z.enum(['hours', 'days']);
const slaQuantity = z.number().int().min(1).max(999);

export const slaPreviewBody = z.object({ unit: slaUnit, quantity: slaQuantity });
export const slaPreviewResponse = z.object({ currentDueAt: z.string().nullable(), newDueAt: z.string().nullable() });
export const slaIncrementBody = z.object({
  reasonId: z.uuid(),
  observations: text(2000).default(''),
  unit: slaUnit,
  quantity: slaQuantity,
  confirm: confirmation,
});
export const slaPauseBody = z.object({ reasonId: z.uuid(), observations: text(2000).default(''), confirm: confirmation });
export const slaResumeBody = z.object({ observations: text(2000).default('') });

export const slaHistoryItem = z.object({
  id: z.uuid(),
  kind: z.enum(['increment', 'pause']),
  reasonName: z.string(),
  observations: z.string(),
  unit: slaUnit.nullable(),
  quantity: z.number().int().nullable(),
  previousDueAt: z.string().nullable(),
  newDueAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  resumedAt: z.string().nullable(),
  resumedByName: z.string().nullable(),
});
export const slaHistoryResponse = z.object({ items: z.array(slaHistoryItem) });

export const forwardProcessBody = z.object({ processId: z.uuid(), comment: text(2000).default('') });
export const closeSubprocessBody = z.object({ comment: text(2000).default('') });

export const serviceOrderAddressBody = serviceAddressBody.omit({ condo: true });
export const createServiceOrderBody = z.object({
  status: z.enum(serviceOrderStatuses).default('unscheduled'),
  scheduledAt: z.iso.datetime({ offset: true }).nullable().default(null),
  description: text(4000).default(''),
  address: serviceOrderAddressBody.optional(),
});
export const patchServiceOrderBody = z.object({
  status: z.enum(serviceOrderStatuses).optional(),
  scheduledAt: z.iso.datetime({ offset: true }).nullable().optional(),
  description: text(4000).optional(),
  address: serviceOrderAddressBody.optional(),
});
export const serviceOrdersResponse = z.object({ items: z.array(serviceOrderSchema) });

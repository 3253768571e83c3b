import type {
  Classification,
  classificationBody,
  ClassificationKind,
  ContactOrigin,
  contactOriginBody,
  SlaReason,
  slaReasonBody,
  SlaReasonType,
  updateClassificationBody,
  updateContactOriginBody,
  updateSlaReasonBody,
} from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../../platform/auth/index.js';
import { AppError } from '../../../../platform/errors.js';
import type { Platform } from '../../../../platform/platform.js';
import {
  classificationsRepo,
  contactOriginsRepo,
  slaReasonsRepo,
  type ClassificationRow,
  type ContactOriginRow,
  type SlaReasonRow,
} from '../catalog.repository.js';
import { read, write } from '../run.js';

const toClassification = ({ id, kind, name, active }: ClassificationRow): Classification => ({ id, kind, name, active });
const toContactOrigin = ({ id, key, name, active, position }: ContactOriginRow): ContactOrigin => ({ id, key, name, active, position });
const toSlaReason = ({ id, name, type, active }: SlaReasonRow): SlaReason => ({ id, name, type, active });

// SPEC PAN-01, ATT-07: opening and closing classifications.
export const listClassificationsQuery = (platform: Platform, p: Principal, kind?: ClassificationKind) =>
  read(platform, p, async (s) => (await classificationsRepo.list(s, kind)).map(toClassification));

export const createClassificationCommand = (platform: Platform, p: Principal, body: z.infer<typeof classificationBody>) =>
  write(platform, p, { entity: 'classification', action: 'created' }, async (s) => toClassification(await classificationsRepo.insert(s, body)));

export const updateClassificationCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateClassificationBody>) =>
  write(platform, p, { entity: 'classification', action: 'updated', id }, async (s) => {
    const row = await classificationsRepo.update(s, id, body);
    if (!row) throw new AppError('CLASSIFICATION_NOT_FOUND');
    return toClassification(row);
  });

// SPEC PAN-02: contact origins. Built-in ones keep their key (the channel mapping) when renamed.
export const listContactOriginsQuery = (platform: Platform, p: Principal) =>
  read(platform, p, async (s) => (await contactOriginsRepo.list(s)).map(toContactOrigin));

export const createContactOriginCommand = (platform: Platform, p: Principal, body: z.infer<typeof contactOriginBody>) =>
  write(platform, p, { entity: 'contact_origin', action: 'created' }, async (s) => toContactOrigin(await contactOriginsRepo.insert(s, body)));

export const updateContactOriginCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateContactOriginBody>) =>
  write(platform, p, { entity: 'contact_origin', action: 'updated', id }, async (s) => {
    const row = await contactOriginsRepo.update(s, id, body);
    if (!row) throw new AppError('CONTACT_ORIGIN_NOT_FOUND');
    return toContactOrigin(row);
  });

// SPEC PAN-04: "Motivos de intervenção de SLA". The type is fixed once created: interventions
// already recorded with a reason must keep meaning what they meant.
export const listSlaReasonsQuery = (platform: Platform, p: Principal, type?: SlaReasonType) =>
  read(platform, p, async (s) => (await slaReasonsRepo.list(s, type)).map(toSlaReason));

export const createSlaReasonCommand = (platform: Platform, p: Principal, body: z.infer<typeof slaReasonBody>) =>
  write(platform, p, { entity: 'sla_reason', action: 'created' }, async (s) => toSlaReason(await slaReasonsRepo.insert(s, body)));

export const updateSlaReasonCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateSlaReasonBody>) =>
  write(platform, p, { entity: 'sla_reason', action: 'updated', id }, async (s) => {
    const row = await slaReasonsRepo.update(s, id, body);
    if (!row) throw new AppError('SLA_REASON_NOT_FOUND');
    return toSlaReason(row);
  });

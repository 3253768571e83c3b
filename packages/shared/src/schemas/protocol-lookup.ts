import { z } from 'zod';

// SPEC PLT-05 (Decreto 11.034/2022): the customer follows a demand by protocol plus CPF/CNPJ on a
// public page. The answer shows only what the customer may see: no notes, comments or agent data.

export const protocolLookupBody = z.object({
  protocol: z.string().trim().min(4).max(40),
  /** CPF or CNPJ of the person on file, with or without punctuation. */
  document: z.string().trim().min(11).max(32),
});

export const protocolLookupStep = z.object({
  /** opened → in_service → finished for an attendance; opened and the current status for a request. */
  step: z.enum(['opened', 'in_service', 'finished', 'status']),
  at: z.string(),
});

export const protocolLookupResult = z.object({
  kind: z.enum(['attendance', 'request']),
  protocol: z.string(),
  /** The attendance's or the request's own status code (the page translates it). */
  status: z.string(),
  /** The request type's title; null for an attendance. */
  title: z.string().nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
  steps: z.array(protocolLookupStep),
});
export type ProtocolLookupResult = z.infer<typeof protocolLookupResult>;

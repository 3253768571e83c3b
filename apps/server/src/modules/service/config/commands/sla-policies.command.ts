import type { SlaPolicy, slaPolicyBody, updateSlaPolicyBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../../platform/auth/index.js';
import type { Scope } from '../../../../platform/db/tenant.js';
import { AppError } from '../../../../platform/errors.js';
import type { Platform } from '../../../../platform/platform.js';
import { openingClassificationExists } from '../api.js';
import { processesRepo } from '../processes.repository.js';
import { slaPoliciesRepo, type SlaPolicyView } from '../sla-policies.repository.js';
import { read, write } from '../run.js';

const toSlaPolicy = (r: SlaPolicyView): SlaPolicy => ({
  id: r.id,
  name: r.name,
  classificationId: r.classificationId,
  classificationName: r.classificationName,
  processId: r.processId,
  processName: r.processName,
  resolutionMinutes: r.resolutionMinutes,
  mode: r.mode,
  active: r.active,
});

/** A policy scopes an opening classification and/or a process of this organization. */
async function assertScope(s: Scope, q: { classificationId?: string | null; processId?: string | null }) {
  if (q.classificationId) {
    if (!(await openingClassificationExists(s, q.classificationId))) throw new AppError('CLASSIFICATION_NOT_FOUND');
  }
  if (q.processId && !(await processesRepo.byId(s, q.processId))) throw new AppError('PROCESS_NOT_FOUND');
}

async function view(s: Scope, id: string) {
  const [row] = await slaPoliciesRepo.list(s, id);
  if (!row) throw new AppError('SLA_POLICY_NOT_FOUND');
  return toSlaPolicy(row);
}

export const listSlaPoliciesQuery = (platform: Platform, p: Principal) =>
  read(platform, p, async (s) => (await slaPoliciesRepo.list(s)).map(toSlaPolicy));

// SPEC PAN-04: one active policy per scope (unique index → SLA_POLICY_TAKEN). Changing a policy
// affects attendances from then on; running SLAs keep the due time they were given.
export const createSlaPolicyCommand = (platform: Platform, p: Principal, body: z.infer<typeof slaPolicyBody>) =>
  write(platform, p, { entity: 'sla_policy', action: 'created' }, async (s) => {
    await assertScope(s, body);
    return view(s, (await slaPoliciesRepo.insert(s, body)).id);
  });

export const updateSlaPolicyCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateSlaPolicyBody>) =>
  write(platform, p, { entity: 'sla_policy', action: 'updated', id }, async (s) => {
    if (!(await slaPoliciesRepo.byId(s, id))) throw new AppError('SLA_POLICY_NOT_FOUND');
    await assertScope(s, body);
    await slaPoliciesRepo.update(s, id, body);
    return view(s, id);
  });

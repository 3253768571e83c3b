import type {
  KnowledgeCategory,
  knowledgeCategoryBody,
  KnowledgeItem,
  knowledgeItemBody,
  KnowledgeTree,
  updateKnowledgeCategoryBody,
  updateKnowledgeItemBody,
} from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { activeSlaPolicy } from '../service/index.js';
import { teamExists } from '../tenancy/index.js';
import { sanitizeSolution } from './sanitize.js';
import { treeRepo, type CategoryRow, type ItemRow } from './tree.repository.js';

// SPEC KB-01: the knowledge tree. Admins change it; every staff user reads it (the attendance panel).

const toCategory = ({ id, parentId, name, position, active }: CategoryRow): KnowledgeCategory => ({ id, parentId, name, position, active });
export const toItem = (i: ItemRow): KnowledgeItem => ({
  id: i.id,
  categoryId: i.categoryId,
  kind: i.kind,
  title: i.title,
  solutionHtml: i.solutionHtml,
  keywords: i.keywords,
  guidance: i.guidance,
  identified: i.identified,
  attachmentsAllowed: i.attachmentsAllowed,
  slaDays: i.slaDays,
  slaPolicyId: i.slaPolicyId,
  teamId: i.teamId,
  active: i.active,
});

/** Admins see the whole tree; agents only what is active (a deactivated section hides what it holds). */
export function treeQuery(platform: Platform, p: Principal, q?: string): Promise<KnowledgeTree> {
  return platform.tenant.asUser(p, async (s) => {
    const all = p.role === 'admin';
    let categories = await treeRepo.categories(s);
    if (!all) {
      const byId = new Map(categories.map((c) => [c.id, c]));
      const visible = (c: CategoryRow | undefined, depth = 0): boolean =>
        Boolean(c?.active) && (c!.parentId === null || (depth < 50 && visible(byId.get(c!.parentId), depth + 1)));
      categories = categories.filter((c) => visible(c));
    }
    const shown = new Set(categories.map((c) => c.id));
    const items = (await treeRepo.items(s, { q, activeOnly: !all })).filter((i) => shown.has(i.categoryId));
    return { categories: categories.map(toCategory), items: items.map(toItem) };
  });
}

async function assertCategory(s: Scope, id: string) {
  const row = await treeRepo.categoryById(s, id);
  if (!row) throw new AppError('KNOWLEDGE_CATEGORY_NOT_FOUND');
  return row;
}

/** A parent must exist, and must not be the category itself or one of its descendants. */
async function assertParent(s: Scope, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  await assertCategory(s, parentId);
  const all = await treeRepo.categories(s);
  const byId = new Map(all.map((c) => [c.id, c]));
  for (let at: string | null = parentId, depth = 0; at && depth < 100; depth++) {
    if (at === id) throw new AppError('KNOWLEDGE_CATEGORY_CYCLE');
    at = byId.get(at)?.parentId ?? null;
  }
}

export function createCategoryCommand(platform: Platform, p: Principal, body: z.infer<typeof knowledgeCategoryBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await assertParent(s, null, body.parentId);
    return toCategory(await treeRepo.insertCategory(s, body));
  });
}

export function updateCategoryCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateKnowledgeCategoryBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await assertCategory(s, id);
    await assertParent(s, id, body.parentId);
    return toCategory((await treeRepo.updateCategory(s, id, body))!);
  });
}

/** Removing a section removes what it holds; requests and information already given keep their titles. */
export function removeCategoryCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    if (!(await treeRepo.removeCategory(s, id))) throw new AppError('KNOWLEDGE_CATEGORY_NOT_FOUND');
  });
}

async function assertTeam(s: Scope, teamId: string | null | undefined) {
  if (teamId && !(await teamExists(s, teamId))) throw new AppError('TEAM_NOT_FOUND');
}

/** SPEC KB-01: a request type's SLA policy must be an active one of the organization. */
async function assertPolicy(s: Scope, policyId: string | null | undefined) {
  if (policyId && !(await activeSlaPolicy(s, policyId))) throw new AppError('SLA_POLICY_NOT_FOUND');
}

export function createItemCommand(platform: Platform, p: Principal, body: z.infer<typeof knowledgeItemBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await assertCategory(s, body.categoryId);
    await assertTeam(s, body.teamId);
    await assertPolicy(s, body.slaPolicyId);
    return toItem(await treeRepo.insertItem(s, { ...body, solutionHtml: sanitizeSolution(body.solutionHtml) }));
  });
}

export async function loadItem(s: Scope, id: string) {
  const row = await treeRepo.itemById(s, id);
  if (!row) throw new AppError('KNOWLEDGE_ITEM_NOT_FOUND');
  return row;
}

export function updateItemCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateKnowledgeItemBody>) {
  return platform.tenant.asUser(p, async (s) => {
    const current = await loadItem(s, id);
    if (body.categoryId) await assertCategory(s, body.categoryId);
    await assertTeam(s, body.teamId);
    await assertPolicy(s, body.slaPolicyId);
    const values = body.solutionHtml !== undefined ? { ...body, solutionHtml: sanitizeSolution(body.solutionHtml) } : body;
    return toItem(await treeRepo.updateItem(s, current, values));
  });
}

export function removeItemCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    if (!(await treeRepo.removeItem(s, id))) throw new AppError('KNOWLEDGE_ITEM_NOT_FOUND');
  });
}

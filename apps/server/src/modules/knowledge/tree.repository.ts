import { foldText } from '@atende/shared';
import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import { knowledgeCategories, knowledgeItems } from '../../db/schema/knowledge.js';
import type { Scope } from '../../platform/db/tenant.js';
import { htmlText } from './sanitize.js';

export type CategoryRow = typeof knowledgeCategories.$inferSelect;
export type ItemRow = typeof knowledgeItems.$inferSelect;
type CategoryValues = Partial<Omit<typeof knowledgeCategories.$inferInsert, 'id' | 'organizationId'>>;
type ItemValues = Partial<Omit<typeof knowledgeItems.$inferInsert, 'id' | 'organizationId' | 'searchText'>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SPEC KB-01: what the search matches — title, keywords and the solution's text, folded (no accents, lowercase). */
export const itemSearchText = (i: Pick<ItemRow, 'title' | 'keywords' | 'solutionHtml'>) =>
  foldText(`${i.title} ${i.keywords} ${htmlText(i.solutionHtml)}`);

export const treeRepo = {
  categories: (s: Scope) => s.tx.select().from(knowledgeCategories).orderBy(asc(knowledgeCategories.position), asc(knowledgeCategories.name)),
  async categoryById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(knowledgeCategories).where(eq(knowledgeCategories.id, id));
    return row;
  },
  async insertCategory(s: Scope, values: CategoryValues & { name: string }) {
    const [row] = await s.tx
      .insert(knowledgeCategories)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async updateCategory(s: Scope, id: string, values: CategoryValues) {
    const [row] = await s.tx.update(knowledgeCategories).set(values).where(eq(knowledgeCategories.id, id)).returning();
    return row;
  },
  async removeCategory(s: Scope, id: string) {
    const rows = await s.tx.delete(knowledgeCategories).where(eq(knowledgeCategories.id, id)).returning({ id: knowledgeCategories.id });
    return rows.length > 0;
  },
  /**
   * Items by title; with `q`, only those whose folded text holds every folded word of it. Plain
   * LIKE on an application-maintained column: the same on PGlite and PostgreSQL, no extension.
   */
  items(s: Scope, opts: { q?: string; activeOnly?: boolean } = {}) {
    const where: SQL[] = [];
    if (opts.activeOnly) where.push(eq(knowledgeItems.active, true));
    for (const word of foldText(opts.q ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 8))
      where.push(like(knowledgeItems.searchText, `%${escapeLike(word)}%`));
    return s.tx
      .select()
      .from(knowledgeItems)
      .where(and(...where))
      .orderBy(asc(knowledgeItems.title));
  },
  async itemById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(knowledgeItems).where(eq(knowledgeItems.id, id));
    return row;
  },
  async insertItem(s: Scope, values: ItemValues & Pick<ItemRow, 'categoryId' | 'kind' | 'title'>) {
    const searchText = itemSearchText({ title: values.title, keywords: values.keywords ?? '', solutionHtml: values.solutionHtml ?? '' });
    const [row] = await s.tx
      .insert(knowledgeItems)
      .values({ ...values, searchText, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async updateItem(s: Scope, current: ItemRow, values: ItemValues) {
    const next = { ...current, ...values };
    const [row] = await s.tx
      .update(knowledgeItems)
      .set({ ...values, searchText: itemSearchText(next), updatedAt: new Date() })
      .where(eq(knowledgeItems.id, current.id))
      .returning();
    return row!;
  },
  async removeItem(s: Scope, id: string) {
    const rows = await s.tx.delete(knowledgeItems).where(eq(knowledgeItems.id, id)).returning({ id: knowledgeItems.id });
    return rows.length > 0;
  },
};

import { desc, eq, sql } from 'drizzle-orm';
import { mailLog, mailSettings } from '../../db/schema/mail.js';
import type { Scope } from '../db/tenant.js';

export type MailSettingsRow = typeof mailSettings.$inferSelect;
export type MailLogRow = typeof mailLog.$inferSelect;
type SettingsValues = Omit<MailSettingsRow, 'organizationId' | 'updatedAt'>;

// The organization's SMTP settings and its log of mails; tenant-scoped (RLS) like every tenant table.
export const mailSettingsRepo = {
  async get(s: Scope): Promise<MailSettingsRow | undefined> {
    const [row] = await s.tx.select().from(mailSettings);
    return row;
  },
  async save(s: Scope, values: SettingsValues): Promise<MailSettingsRow> {
    const [row] = await s.tx
      .insert(mailSettings)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoUpdate({ target: mailSettings.organizationId, set: { ...values, updatedAt: new Date() } })
      .returning();
    return row!;
  },
};

export const mailLogRepo = {
  async insert(s: Scope, values: Pick<MailLogRow, 'kind' | 'to' | 'subject'>): Promise<MailLogRow> {
    const [row] = await s.tx
      .insert(mailLog)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async recent(s: Scope, limit = 50): Promise<MailLogRow[]> {
    return s.tx.select().from(mailLog).orderBy(desc(mailLog.createdAt)).limit(limit);
  },
  async byId(s: Scope, id: string): Promise<MailLogRow | undefined> {
    const [row] = await s.tx.select().from(mailLog).where(eq(mailLog.id, id));
    return row;
  },
  async attempted(s: Scope, id: string, outcome: { status: MailLogRow['status']; error: string | null }) {
    await s.tx
      .update(mailLog)
      .set({
        status: outcome.status,
        error: outcome.error,
        attempts: sql`${mailLog.attempts} + 1`,
        ...(outcome.status === 'sent' ? { sentAt: new Date() } : {}),
      })
      .where(eq(mailLog.id, id));
  },
};

import { alertSettings } from '../../db/schema/alerts.js';
import type { Scope } from '../../platform/db/tenant.js';

export type SettingsRow = typeof alertSettings.$inferSelect;
type Values = Omit<typeof alertSettings.$inferInsert, 'organizationId' | 'updatedAt'>;

/** Until an admin saves them (ALR-07): no number, no team, empty texts. */
export const defaultLevelTexts = { green: '', yellow: '', red: '' };

export const settingsRepo = {
  async get(s: Scope): Promise<SettingsRow> {
    const [row] = await s.tx.select().from(alertSettings);
    return (
      row ?? {
        organizationId: s.organizationId,
        serviceNumber: null,
        levelTexts: defaultLevelTexts,
        teamId: null,
        voiceQueueId: null,
        tileUrl: null,
        updatedAt: new Date(0),
      }
    );
  },
  async save(s: Scope, values: Values) {
    const [row] = await s.tx
      .insert(alertSettings)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoUpdate({ target: alertSettings.organizationId, set: { ...values, updatedAt: new Date() } })
      .returning();
    return row!;
  },
};

import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './tenancy.js';

/** The tenant column every tenant table has (SPEC ORG-01); rows go with their organization. */
export const organizationId = () =>
  uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

export const timestamptz = () => timestamp({ withTimezone: true });

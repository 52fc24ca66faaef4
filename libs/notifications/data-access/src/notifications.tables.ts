import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, primaryUuid, requiredRef, timestamptz } from '@verbinder/platform/db';
import { persons } from '@verbinder/regions/data-access';

export const notifications = pgTable(
  'notifications',
  {
    id: primaryUuid(),
    personId: requiredRef('person_id', () => persons.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamptz('read_at'),
  },
  (t) => [index('notifications_person_idx').on(t.personId, t.createdAt)],
);

// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/infrastructure/orm/model/schema.ts
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const catsTable = pgTable('Cat', {
  ...baseTable,
  bornDate: timestamp('born_date').notNull(),
  name: text().notNull(),
});

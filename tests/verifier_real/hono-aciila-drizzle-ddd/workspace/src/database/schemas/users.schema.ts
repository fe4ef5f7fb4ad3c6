// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/database/schemas/users.schema.ts
import { boolean, index, pgTable, text } from "drizzle-orm/pg-core";

import { commonColumns } from "./common";

export const users = pgTable(
  "users",
  {
    ...commonColumns,
    email: text().notNull().unique(),
    name: text().notNull(),
    isActive: boolean().notNull().default(true),
  },
  (table) => [
    index("users_email_idx").on(table.email),
    index("users_is_active_idx").on(table.isActive),
  ]
);

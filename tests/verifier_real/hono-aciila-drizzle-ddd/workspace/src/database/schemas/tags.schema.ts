// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/database/schemas/tags.schema.ts
import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { commonColumns, id } from "./common";

import { posts } from "./posts.schema";

export const tags = pgTable("tags", {
  ...commonColumns,
  name: text().notNull().unique(),
});

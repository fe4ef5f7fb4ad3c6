// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/database/schemas/posts.schema.ts
import { boolean, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { commonColumns } from "./common";

import { users } from "./users.schema";

export const posts = pgTable(
  "posts",
  {
    ...commonColumns,
    title: text().notNull(),
    content: text().notNull(),
    published: boolean().notNull().default(false),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (table) => [
    index("posts_author_id_idx").on(table.authorId),
    index("posts_published_idx").on(table.published),
  ]
);

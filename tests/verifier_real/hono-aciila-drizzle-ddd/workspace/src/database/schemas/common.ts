// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/database/schemas/common.ts
import { timestamp, uuid } from "drizzle-orm/pg-core";

export const commonColumns = {
  id: id(),
  createdAt: timestamp().defaultNow().notNull(),
  updatedAt: timestamp().$onUpdate(() => new Date()),
  deletedAt: timestamp(), // Soft delete support
};

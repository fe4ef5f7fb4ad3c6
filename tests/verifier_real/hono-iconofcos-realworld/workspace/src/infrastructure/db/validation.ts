// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/infrastructure/db/validation.ts
import type { InferInsertModel, InferSelectModel } from "drizzle-orm";

import { createInsertSchema, createSelectSchema, createUpdateSchema } from "drizzle-zod";

import { z } from "zod";

import { articleTags, articles, comments, favorites, follows, tags, users } from "./schema.js";

export type InsertUser = InferInsertModel<typeof users>;

export type SelectUser = InferSelectModel<typeof users>;

export type InsertArticle = InferInsertModel<typeof articles>;

export type SelectArticle = InferSelectModel<typeof articles>;

export type InsertComment = InferInsertModel<typeof comments>;

export type SelectComment = InferSelectModel<typeof comments>;

export type InsertTag = InferInsertModel<typeof tags>;

export type SelectTag = InferSelectModel<typeof tags>;

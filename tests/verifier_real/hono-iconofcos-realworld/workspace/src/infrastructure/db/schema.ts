// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/infrastructure/db/schema.ts
import { relations } from "drizzle-orm";

import { integer, pgTable, primaryKey, serial, text, timestamp, unique, varchar } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
	id: serial("id").primaryKey(),
	username: varchar("username", { length: 255 }).notNull().unique(),
	email: varchar("email", { length: 255 }).notNull().unique(),
	passwordHash: varchar("password_hash", { length: 255 }).notNull(),
	bio: text("bio"),
	image: varchar("image", { length: 500 }),
	createdAt: timestamp("created_at").defaultNow().notNull(),
	updatedAt: timestamp("updated_at").defaultNow().notNull(),
});

export const articles = pgTable("articles", {
	id: serial("id").primaryKey(),
	slug: varchar("slug", { length: 255 }).notNull().unique(),
	title: varchar("title", { length: 255 }).notNull(),
	description: text("description").notNull(),
	body: text("body").notNull(),
	authorId: integer("author_id")
		.references(() => users.id)
		.notNull(),
	createdAt: timestamp("created_at").defaultNow().notNull(),
	updatedAt: timestamp("updated_at").defaultNow().notNull(),
});

export const comments = pgTable("comments", {
	id: serial("id").primaryKey(),
	body: text("body").notNull(),
	authorId: integer("author_id")
		.references(() => users.id)
		.notNull(),
	articleId: integer("article_id")
		.references(() => articles.id)
		.notNull(),
	createdAt: timestamp("created_at").defaultNow().notNull(),
	updatedAt: timestamp("updated_at").defaultNow().notNull(),
});

// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/db/schema.ts
import { relations, sql } from "drizzle-orm";

import {
	customType,
	int,
	primaryKey,
	sqliteTable,
	text,
} from "drizzle-orm/sqlite-core";

export const usersTable = sqliteTable("users", {
	id: int().primaryKey({ autoIncrement: true }),
	email: text().notNull().unique(),
	username: text().notNull().unique(),
	bio: text(),
	image: text(),
	passwordHash: text().notNull(),
});

export const userFollowTable = sqliteTable(
	"user_follow",
	{
		followerId: int()
			.notNull()
			.references(() => usersTable.id, { onDelete: "cascade" }),
		followedId: int()
			.notNull()
			.references(() => usersTable.id, { onDelete: "cascade" }),
	},
	(t) => [primaryKey({ columns: [t.followerId, t.followedId] })],
);

export const tagsTable = sqliteTable("tags", {
	tag: text().notNull().unique(),
});

export const articlesTable = sqliteTable("articles", {
	slug: text().primaryKey(),
	title: text().notNull(),
	description: text().notNull(),
	body: text().notNull(),
	createdAt: date().notNull().default(sql`(CURRENT_TIMESTAMP)`),
	updatedAt: date().notNull().default(sql`(CURRENT_TIMESTAMP)`),
	authorId: int()
		.notNull()
		.references(() => usersTable.id, { onDelete: "cascade" }),
});

export const commentsTable = sqliteTable("comments", {
	id: int().primaryKey({ autoIncrement: true }),
	createdAt: date().notNull().default(sql`(CURRENT_TIMESTAMP)`),
	updatedAt: date().notNull().default(sql`(CURRENT_TIMESTAMP)`),
	body: text().notNull(),
	articleSlug: text()
		.notNull()
		.references(() => articlesTable.slug, {
			onDelete: "cascade",
			onUpdate: "cascade",
		}),
	authorId: int()
		.notNull()
		.references(() => usersTable.id, { onDelete: "cascade" }),
});

export const articleTagTable = sqliteTable(
	"article_tag",
	{
		articleSlug: text()
			.notNull()
			.references(() => articlesTable.slug, {
				onDelete: "cascade",
				onUpdate: "cascade",
			}),
		tag: text()
			.notNull()
			.references(() => tagsTable.tag, { onDelete: "cascade" }),
	},
	(t) => [primaryKey({ columns: [t.articleSlug, t.tag] })],
);

export const articleFavoriteTable = sqliteTable(
	"article_favorite",
	{
		articleSlug: text()
			.notNull()
			.references(() => articlesTable.slug, {
				onDelete: "cascade",
				onUpdate: "cascade",
			}),
		userId: int()
			.notNull()
			.references(() => usersTable.id, { onDelete: "cascade" }),
	},
	(t) => [primaryKey({ columns: [t.articleSlug, t.userId] })],
);

// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:drizzle/relations.ts
import { relations } from "drizzle-orm/relations";

import { users, likes, posts, postComments, chatConversations, chatMessages, sessions, profiles, files, passwordResetTokens, postViews, userFollows, postLikes, postBookmarks, holdings, holdingTypes, tags, postsToTags } from "./schema";

export const usersRelations = relations(users, ({many}) => ({
	likes: many(likes),
	postComments: many(postComments),
	chatConversations: many(chatConversations),
	chatMessages: many(chatMessages),
	posts: many(posts),
	sessions: many(sessions),
	profiles: many(profiles),
	files: many(files),
	passwordResetTokens: many(passwordResetTokens),
	postViews: many(postViews),
	userFollows_followerId: many(userFollows, {
		relationName: "userFollows_followerId_users_id"
	}),
	userFollows_followingId: many(userFollows, {
		relationName: "userFollows_followingId_users_id"
	}),
	postLikes: many(postLikes),
	postBookmarks: many(postBookmarks),
	holdings: many(holdings),
}));

export const sessionsRelations = relations(sessions, ({one}) => ({
	user: one(users, {
		fields: [sessions.userId],
		references: [users.id]
	}),
}));

// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/articles/am-i-following.ts
import { and, eq, exists, sql } from "drizzle-orm";

import type { LibSQLDatabase } from "drizzle-orm/libsql";

import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

import type * as schema from "../../db/schema.js";

import { userFollowTable } from "../../db/schema.js";

export function amIFollowing({
	db,
	me,
	them,
}: { db: LibSQLDatabase<typeof schema>; them: SQLiteColumn; me: number }) {
	return exists(
		db
			.select({ exists: sql`1` })
			.from(userFollowTable)
			.where(
				and(
					eq(userFollowTable.followerId, me),
					eq(userFollowTable.followedId, them),
				),
			),
	);
}

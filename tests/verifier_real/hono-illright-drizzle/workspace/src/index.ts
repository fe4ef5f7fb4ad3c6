// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/index.ts
import { join } from "node:path";

import { drizzle } from "drizzle-orm/libsql";

import { migrate } from "drizzle-orm/libsql/migrator";

import { seed as seedInternal } from "./db/seed.js";

import { factory } from "./factory.js";

export function applyMigrations(databaseUrl: string): Promise<void> {
	return migrate(drizzle(databaseUrl), {
		migrationsFolder: join(import.meta.dirname, "../src/db/migrations"),
	});
}

export function seed(databaseUrl: string): Promise<void> {
	return seedInternal(drizzle(databaseUrl));
}

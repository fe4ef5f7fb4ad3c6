// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/config/database.ts
import { config } from "./env.js";

export const databaseConfig = {
	url: config.DATABASE_URL,
	maxConnections: Number.parseInt(config.DB_MAX_CONNECTIONS || "20", 10),
	idleTimeout: 20,
	connectTimeout: 10,
} as const;

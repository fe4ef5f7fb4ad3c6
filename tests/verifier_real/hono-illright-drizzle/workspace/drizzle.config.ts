// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:drizzle.config.ts
import "dotenv/config";

import { defineConfig } from "drizzle-kit";

if (!process.env.DATABASE_URL) {
	throw new Error("Env DATABASE_URL is not defined, see .env.example");
}

export default defineConfig({
	out: "./src/db/migrations",
	schema: "./src/db/schema.ts",
	dialect: "sqlite",
	dbCredentials: {
		url: process.env.DATABASE_URL,
	},
});

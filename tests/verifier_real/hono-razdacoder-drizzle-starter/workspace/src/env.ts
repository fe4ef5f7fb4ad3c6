// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/env.ts
import type { ZodError } from "zod";

import { config } from "dotenv";

import { expand } from "dotenv-expand";

import path from "node:path";

import { z } from "zod";

expand(
  config({
    path: path.resolve(
      process.cwd(),
      process.env.NODE_ENV === "test" ? ".env.test" : ".env"
    ),
  })
);

const EnvSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  PORT: z.coerce.number().default(3000),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace"])
    .default("debug"),
  DATABASE_URL: z.string().url(),
  SECRET_KEY: z.string(),
  EMAIL_HOST: z.string(),
  EMAIL_PORT: z.coerce.number(),
  EMAIL_USER: z.string(),
  EMAIL_PASSWORD: z.string(),
  REDIS_PORT: z.coerce.number().default(6379),
  REDIS_HOST: z.string().default("localhost"),
});

try {
  env = EnvSchema.parse(process.env);
} catch (e) {
  const error = e as ZodError;
  console.error("Invalid Env");
  console.error(error.flatten().fieldErrors);
  process.exit(1);
}

// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/auth.ts
import { createMiddleware } from "hono/factory";

import { jwt } from "hono/jwt";

import { type InferOutput, number, object } from "valibot";

import type { ThisAppEnv } from "./factory.js";

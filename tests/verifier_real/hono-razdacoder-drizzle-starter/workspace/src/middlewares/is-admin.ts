// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/middlewares/is-admin.ts
import type { z } from "@hono/zod-openapi";

import { createMiddleware } from "hono/factory";

import type { userSelectSchema } from "@/db/schema/users";

import { logger } from "@/lib/logger";

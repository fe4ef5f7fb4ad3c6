// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/middlewares/tracing.ts
import { createMiddleware } from "hono/factory";

import { TRACING } from "@/lib/constants";

import { randomString } from "@/utils/string";

// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/lib/types.ts
import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";

import type { Schema } from "hono";

import type { PinoLogger } from "hono-pino";

export type AppOpenAPI<S extends Schema = {}> = OpenAPIHono<AppBindings, S>;

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;

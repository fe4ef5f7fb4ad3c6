// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/types.ts
import type {
  OpenAPIHono,
  RouteConfig,
  RouteHandler,
  z,
} from "@hono/zod-openapi";

import type { PinoLogger } from "hono-pino";

import type { JwtVariables } from "hono/jwt";

import type { userSelectSchema } from "@/db/schema/users";

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<
  R,
  AppBindings
>;

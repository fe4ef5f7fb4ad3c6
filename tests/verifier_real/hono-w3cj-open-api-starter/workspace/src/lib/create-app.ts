// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/lib/create-app.ts
import type { Schema } from "hono";

import { OpenAPIHono } from "@hono/zod-openapi";

import { requestId } from "hono/request-id";

import { notFound, onError, serveEmojiFavicon } from "stoker/middlewares";

import { defaultHook } from "stoker/openapi";

import { pinoLogger } from "@/middlewares/pino-logger";

import type { AppBindings, AppOpenAPI } from "./types";

export function createRouter() {
  return new OpenAPIHono<AppBindings>({
    strict: false,
    defaultHook,
  });
}

export default function createApp() {
  const app = createRouter();
  app.use(requestId())
    .use(serveEmojiFavicon("📝"))
    .use(pinoLogger());

  app.notFound(notFound);
  app.onError(onError);
  return app;
}

export function createTestApp<S extends Schema>(router: AppOpenAPI<S>) {
  return createApp().route("/", router);
}

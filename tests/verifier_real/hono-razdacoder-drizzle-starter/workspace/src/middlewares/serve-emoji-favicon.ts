// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/middlewares/serve-emoji-favicon.ts
import type { MiddlewareHandler } from "hono";

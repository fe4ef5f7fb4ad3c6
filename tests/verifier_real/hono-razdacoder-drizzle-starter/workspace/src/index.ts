// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/index.ts
import { serve } from "@hono/node-server";

import app from "./app";

import env from "./env";

import { logger } from "./lib/logger";

serve({
  fetch: app.fetch,
  port,
});

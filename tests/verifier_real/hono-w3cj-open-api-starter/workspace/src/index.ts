// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/index.ts
import { serve } from "@hono/node-server";

import app from "./app";

import env from "./env";

serve({
  fetch: app.fetch,
  port,
});

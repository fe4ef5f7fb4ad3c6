// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/server.ts
import app from "./main";

import { TransportManager } from "./infrastructure/transports/TransportManager";

import { transportsConfig } from "./config/transports.config";

const transportManager = new TransportManager(transportsConfig, {
  fetch: app.fetch,
});

export default {
  port: Number(process.env.PORT) || 3000,
  fetch: app.fetch,
};

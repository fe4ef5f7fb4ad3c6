// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/config/transports.config.ts
import { TransportType } from "../core/transports/ITransport";

export const transportsConfig: TransportConfig[] = [
  {
    type: TransportType.HTTP,
    enabled: true,
    port: Number(process.env.PORT) || 3000,
  },
  {
    type: TransportType.WEBSOCKET,
    enabled: process.env.ENABLE_WEBSOCKET === "true",
    port: Number(process.env.WEBSOCKET_PORT) || 3001,
  },
  {
    type: TransportType.GRPC,
    enabled: process.env.ENABLE_GRPC === "true",
    port: Number(process.env.GRPC_PORT) || 50051,
  },
];

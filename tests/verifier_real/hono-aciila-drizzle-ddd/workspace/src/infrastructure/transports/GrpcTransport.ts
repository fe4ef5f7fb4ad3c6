// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/infrastructure/transports/GrpcTransport.ts
import type { ITransport } from "../../core/transports/ITransport";

import { TransportType } from "../../core/transports/ITransport";

export class GrpcTransport implements ITransport {
  public readonly type = TransportType.GRPC;

  constructor(private readonly config: GrpcTransportConfig) {}

  async start(): Promise<void> {
    console.log(`📡 gRPC server would start on port ${this.config.port}`);
  }

  async stop(): Promise<void> {
    console.log("gRPC server stopped");
  }
}

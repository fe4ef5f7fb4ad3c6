// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/core/transports/ITransport.ts

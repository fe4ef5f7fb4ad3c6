// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/database/schema.ts
export { commonColumns, id } from "./schemas/common";

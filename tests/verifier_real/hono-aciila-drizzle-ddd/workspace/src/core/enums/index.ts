// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/core/enums/index.ts
export enum ErrorType {
  VALIDATION = "validation",
  AUTHENTICATION = "authentication",
  AUTHORIZATION = "authorization",
  NOT_FOUND = "not_found",
  INTERNAL = "internal",
}

// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/presentation/controllers/IBaseController.ts

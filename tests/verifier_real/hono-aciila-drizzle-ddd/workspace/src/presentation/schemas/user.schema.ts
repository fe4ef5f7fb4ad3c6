// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/presentation/schemas/user.schema.ts
import { z } from "zod";

// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/users/schema.ts
import { url, email, nullable, object, partial, pipe, string } from "valibot";

// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/tags/schema.ts
import { array, object, string } from "valibot";

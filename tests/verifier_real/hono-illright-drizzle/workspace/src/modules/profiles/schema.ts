// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/profiles/schema.ts
import { boolean, nullable, object, string } from "valibot";

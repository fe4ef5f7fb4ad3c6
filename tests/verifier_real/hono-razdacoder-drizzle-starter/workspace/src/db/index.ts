// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/db/index.ts
import { drizzle } from "drizzle-orm/postgres-js";

import env from "@/env";

export const db = drizzle({
  connection: {
    url: env.DATABASE_URL,
  },
});

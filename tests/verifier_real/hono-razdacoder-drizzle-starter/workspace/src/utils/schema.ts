// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/utils/schema.ts
import { z } from "@hono/zod-openapi";

import { userSelectSchema } from "@/db/schema/users";

// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/jwt.ts
import { sign, verify } from "hono/jwt";

import env from "@/env";

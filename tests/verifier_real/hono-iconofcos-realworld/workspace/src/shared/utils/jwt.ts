// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/utils/jwt.ts
import { sign, verify } from "hono/jwt";

import { config } from "../config/env.js";

import type { JwtPayload } from "../middleware/auth.js";

// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/shared/middleware/cors.ts
import { cors } from "hono/cors";

import { config } from "../config/env.js";

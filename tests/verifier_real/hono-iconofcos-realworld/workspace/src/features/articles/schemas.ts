// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/features/articles/schemas.ts
import { z } from "zod";

import { paginationSchema } from "../../infrastructure/db/validation.js";

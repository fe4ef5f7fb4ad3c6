// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/features/comments/schemas.ts
import { z } from "zod";

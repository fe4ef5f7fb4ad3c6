// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/features/auth/routes.ts
import { zValidator } from "@hono/zod-validator";

import { Hono } from "hono";

import { requireAuth } from "../../shared/middleware/auth.js";

import type { AuthVariables } from "../../shared/middleware/auth.js";

import { generateJWT, parseUserIdFromJWT } from "../../shared/utils/jwt.js";

import { loginUser } from "./commands/login-user.js";

import { registerUser } from "./commands/register-user.js";

import { getCurrentUser } from "./queries/get-current-user.js";

import { loginUserSchema, registerUserSchema } from "./schemas.js";

// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/modules/auth/auth.controllers.ts
import argon2 from "argon2";

import { eq } from "drizzle-orm";

import { setCookie } from "hono/cookie";

import type { AppRouteHandler } from "@/lib/types";

import { db } from "@/db/index";

import { userTable } from "@/db/schema/users";

import env from "@/env";

import {
  generateOrReuseOTP,
  invalidateOTP,
  validateOTP,
} from "@/lib/encryption";

import { encodeJWT, verifyJWT } from "@/lib/jwt";

import { logger } from "@/lib/logger";

import { addEmailJob } from "@/lib/queue";

import { EMAILTASKS } from "@/tasks/emails";

import type {
  ActivationType,
  LoginType,
  RefreshTokenType,
  RegisterRoute,
  ResendActivationType,
  ResetPasswordConfirmType,
  ResetPasswordType,
  VerifyTokenType,
} from "./auth.routes";

import { createUser, getUserByEmail } from "../users/users.services";

export const activation: AppRouteHandler<ActivationType> = async (c) => {
  const { email, otp } = c.req.valid("json");
  const user = await getUserByEmail({ email, withPassword: false });

  if (!user) {
    return c.json(
      {
        message: "Invalid OTP",
      },
      400
    );
  }

  const isValidOTP = await validateOTP(user.id, otp, "activation");

  if (!isValidOTP) {
    return c.json(
      {
        message: "Invalid or Expired OTP",
      },
      400
    );
  }

  await db
    .update(userTable)
    .set({ isActive: true, emailVerifiedAt: new Date() })
    .where(eq(userTable.id, user.id));

  await addEmailJob(EMAILTASKS.SendWelcomeEmail, {
    email: user.email,
    name: user.firstName,
  });

  await invalidateOTP(user.id, "activation");

  return c.json(
    {
      message: "Account activated successfully",
    },
    200
  );
};

export const resetPasswordConfirm: AppRouteHandler<
  ResetPasswordConfirmType
> = async (c) => {
  const { email, otp, new_password } = c.req.valid("json");

  const user = await getUserByEmail({ email, withPassword: false });

  if (!user) {
    return c.json({ message: "Invalid or expired otp" }, 400);
  }

  const isValidOTP = await validateOTP(user.id, otp, "reset-password");

  if (!isValidOTP) {
    return c.json({ message: "Invalid or expired otp" }, 400);
  }

  const hashedPassword = await argon2.hash(new_password);

  await db
    .update(userTable)
    .set({ password: hashedPassword })
    .where(eq(userTable.id, user.id));

  await invalidateOTP(user.id, "reset-password");

  return c.json({ message: "Password reset successful" }, 200);
};

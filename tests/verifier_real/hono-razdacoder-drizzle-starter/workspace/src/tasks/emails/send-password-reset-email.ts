// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/tasks/emails/send-password-reset-email.ts
import { sendEmail } from "@/lib/email";

import PasswordResetEmail from "@/templates/password-reset-mail";

// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/tasks/emails/send-activation-email.ts
import { sendEmail } from "@/lib/email";

import ActivationEmail from "@/templates/activation-email";

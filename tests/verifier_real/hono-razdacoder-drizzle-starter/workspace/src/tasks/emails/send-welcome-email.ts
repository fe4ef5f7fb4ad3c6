// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/tasks/emails/send-welcome-email.ts
import { sendEmail } from "@/lib/email";

import WelcomeEmail from "@/templates/welcome-email";

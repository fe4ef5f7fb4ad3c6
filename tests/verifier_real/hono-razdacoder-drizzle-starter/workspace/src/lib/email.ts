// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/email.ts
import nodemailer from "nodemailer";

import env from "@/env";

import { logger } from "./logger";

export async function sendEmail({
  from,
  to,
  subject,
  html,
  text,
}: EmailOptions): Promise<void> {
  try {
    const info = await transporter.sendMail({
      from,
      to,
      subject,
      html,
      text,
    });

    logger.info(`Email sent: ${info.messageId}`);
  }
  catch (error) {
    logger.error("Error sending email:", error);
    throw error;
  }
}

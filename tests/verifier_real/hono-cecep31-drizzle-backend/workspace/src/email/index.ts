// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/email/index.ts
import { Resend } from 'resend';

import config from '../config';

import { passwordResetTemplate } from './templates';

import type { EmailSendResult } from './types';

export async function sendEmail(
  to: string,
  subject: string,
  text: string,
  html: string,
  from?: string
): Promise<EmailSendResult> {
  if (!resend) {
    return { success: false, error: 'Email service not configured' };
  }

  try {
    const { error } = await resend.emails.send({
      from: from || config.email.from,
      to,
      subject,
      text,
      html,
    });

    if (error) {
      console.error('Failed to send email:', error);
      return { success: false, error: error.message };
    }

    return { success: true };
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Unknown error';
    console.error('Failed to send email:', err);
    return { success: false, error: message };
  }
}

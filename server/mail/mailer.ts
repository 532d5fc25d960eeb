/**
 * Sending mail: nodemailer over SMTP (the settings in lib/mail/mail-settings.ts). One small interface so
 * the alert sender and the sign-up confirmation say what to send, not how.
 */
import nodemailer from 'nodemailer';
import type { MailSettings } from '@/lib/mail/mail-settings';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<…@…>`: derived from the delivery's key, so a resend after a crash carries the same id. */
  messageId?: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Resolves once the SMTP server has accepted the message (250 after DATA). */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.auth,
    // Bounded waits: a stuck server must not hold the sender (and its claimed deliveries) for long.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId, headers: mail.headers });
    },
    close: () => transport.close(),
  };
}

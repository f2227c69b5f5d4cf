/**
 * Outgoing mail for urgent alerts and digests (issue #3), over SMTP with nodemailer. Without SMTP settings there
 * is no mailer: callers record the message as not sent and say so in the log, rather than failing silently.
 */
import nodemailer from 'nodemailer';
import type { ReportsConfig } from './reports-config';

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

type MailConfig = Pick<ReportsConfig, 'SMTP_URL' | 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASS' | 'MAIL_FROM'>;

export function createMailer(config: MailConfig): Mailer | null {
  if (!config.SMTP_URL && !config.SMTP_HOST) return null;
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const url = config.SMTP_URL ? new URL(config.SMTP_URL) : null;
  const user = url ? decodeURIComponent(url.username) : config.SMTP_USER;
  const pass = url ? decodeURIComponent(url.password) : config.SMTP_PASS;
  const transport = nodemailer.createTransport({
    host: url ? url.hostname : config.SMTP_HOST,
    port: url?.port ? Number(url.port) : url ? (url.protocol === 'smtps:' ? 465 : 587) : config.SMTP_PORT,
    secure: url ? url.protocol === 'smtps:' : config.SMTP_SECURE,
    ...(user ? { auth: { user, pass } } : {}),
    ...timeouts,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: config.MAIL_FROM, to: [...mail.to], subject: mail.subject, text: mail.text, html: mail.html });
    },
    close: () => transport.close(),
  };
}

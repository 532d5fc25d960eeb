/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server), keeping every message it accepts, parsed
 * (mailparser). `holdReply(n)` makes it take in message n's data but not answer "250" yet — what a
 * sender killed between the server accepting an email and recording it sent looks like; `pauseReply(n)`
 * answers it only once released (a sender kept busy mid-run).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpSink {
  port: number;
  messages: ReceivedMail[];
  /** The n-th message from now whose reply is held back; the promise resolves when its data is in. */
  holdReply(n: number): Promise<void>;
  /** The n-th message from now is answered only after `release()`; `arrived` resolves when its data is in. */
  pauseReply(n: number): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let hold: { n: number; arrived: () => void; answer?: Promise<void> } | null = null;
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Addresses at bounce.invalid are refused for good, as a real server refuses an unknown mailbox.
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@bounce.invalid')) {
        const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const n = ++count;
        simpleParser(raw).then((parsed) => {
          messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed, raw });
          if (hold && hold.n === n) {
            hold.arrived();
            // Answered once released; never, for holdReply (the client is killed while it waits).
            if (hold.answer) void hold.answer.then(() => callback());
            return;
          }
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    holdReply: (n) => new Promise<void>((arrived) => (hold = { n: count + n, arrived })),
    pauseReply: (n) => {
      let release = () => {};
      const answer = new Promise<void>((resolve) => (release = resolve));
      const arrived = new Promise<void>((resolve) => (hold = { n: count + n, arrived: resolve, answer }));
      return { arrived, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * npm run user:create -- --email ann@example.org --role admin [--name "Ann Smith"]
 * Creates an account (the first admin, typically). The password is read from a prompt on a terminal, or
 * from the first line of standard input (`printf '%s\n' "$PW" | npm run user:create -- …`), never from
 * the command line, where other users of the machine could read it in the process list.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { databaseLabel } from '../lib/db/database-url';
import { createPrismaClient } from '../lib/db/prisma-client';
import { writeLockFor } from '../server/writes/write-lock';
import { newAccountSchema } from '../lib/validation/account';
import { EmailTakenError, createAccount } from '../server/users/accounts';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  // On a terminal: prompt twice without echoing what is typed.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let text = '';
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stdout.write('\n');
            return resolve(text);
          }
          if (ch === '\u0003') process.exit(130);
          if (ch === '\u007f') text = text.slice(0, -1);
          else text += ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password (at least 10 characters): ');
  const second = await ask('Password again: ');
  if (first !== second) throw new Error('The two passwords differ: nothing was created.');
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } });
  if (values.password !== undefined) {
    console.error('Passwords are never taken on the command line (other users can read it in the process list). Leave out --password: you will be asked, or pipe it on standard input.');
    return 2;
  }
  if (!values.email || !values.role) {
    console.error('Usage: npm run user:create -- --email <address> --role viewer|editor|admin [--name "Full Name"]');
    return 2;
  }
  const password = await readPassword();
  const parsed = newAccountSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email.split('@')[0], password });
  if (!parsed.success) {
    console.error(`Cannot create the account: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
    return 2;
  }
  console.log(`Database: ${databaseLabel()}`);
  const prisma = createPrismaClient();
  try {
    // The write lock first, as every change-log writer takes it (server/alerts/outbox.ts says why).
    const lock = writeLockFor(prisma);
    const { id } = await lock.retry(() => prisma.$transaction(async (tx) => {
      await lock.take(tx);
      return createAccount(tx, parsed.data, { id: null, name: 'user:create' });
    }));
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (${id}). Sign in at /login.`);
    return 0;
  } catch (error) {
    if (error instanceof EmailTakenError) {
      console.error(`${error.message}: nothing was created.`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

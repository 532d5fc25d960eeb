/**
 * A separate process recording failed sign-ins, as one of `npm start`'s server processes would: run with
 * `tsx --conditions=react-server test/record-failed-sign-ins.ts <email> <ip> <count>` and DATABASE_URL set.
 * Prints "ready" once loaded and waits for "go" on stdin, so the test can make two processes fail at once.
 */
import { recordFailedSignIn } from '@/server/auth/sign-in-limits';

const [email, ip, count] = process.argv.slice(2);
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  for (let i = 0; i < Number(count); i++) await recordFailedSignIn(email!, ip!);
  process.stdout.write('done\n');
  process.exit(0);
});

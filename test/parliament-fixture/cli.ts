/**
 * The fixture server as a process of its own (the benchmark and the crash test run it beside the sync):
 * `tsx test/parliament-fixture/cli.ts --synthetic 100000` prints one JSON line with its URLs, then serves
 * until killed.
 */
import { ParliamentFixture } from './server';
import { syntheticMembers, syntheticQuestions } from './records';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--synthetic') + 1] ?? 1000);
const fixture = new ParliamentFixture();
fixture.logRequests = false;
fixture.setQuestions(syntheticQuestions(count));
fixture.setMembers(syntheticMembers());
void fixture.start().then((urls) => process.stdout.write(`${JSON.stringify(urls)}\n`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void fixture.close().then(() => process.exit(0)));

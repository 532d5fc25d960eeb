/**
 * The fixture server as a process of its own (the benchmark runs it beside the sync):
 * `tsx test/parliament-fixture/cli.ts --synthetic 100000 [--first-id 1000000] [--from-date 2023-01-02]` prints
 * one JSON line with its URLs, then serves until killed.
 */
import { parseArgs } from 'node:util';
import { ParliamentFixture } from './server';
import { syntheticMembers, syntheticQuestions } from './records';

const { values } = parseArgs({ options: { synthetic: { type: 'string', default: '1000' }, 'first-id': { type: 'string' }, 'from-date': { type: 'string' } } });
const fixture = new ParliamentFixture();
fixture.logRequests = false;
fixture.setQuestions(syntheticQuestions(Number(values.synthetic), { firstId: values['first-id'] ? Number(values['first-id']) : undefined, fromDate: values['from-date'] }));
fixture.setMembers(syntheticMembers());
void fixture.start().then((urls) => process.stdout.write(`${JSON.stringify(urls)}\n`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void fixture.close().then(() => process.exit(0)));

/**
 * `npm run sync -- [--from YYYY-MM-DD [--to YYYY-MM-DD]] [--house commons|lords] [--department <id>] [--every 15m]`
 *
 * Imports written questions, answers and members from Parliament's APIs (server/parliament/sync.ts). Without
 * dates it continues from the last run. A progress bar on a terminal (cli-progress), plain log lines
 * otherwise; a summary at the end. Exit codes: 0 done, 1 the run failed (it resumes next time), 2 bad
 * flags or settings, 3 another sync is running.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { createPrismaClient } from '../lib/db/prisma-client';
import { readParliamentSettings, type ParliamentSettings } from '../lib/parliament/settings';
import { durationMs, parseSyncArgs } from '../lib/parliament/sync-params';
import { z } from '../lib/validation/zod';
import { ParliamentClient } from '../server/parliament/client';
import { runSync, type RunTotals, type SyncReporter } from '../server/parliament/sync';

// lib/validation/zod.ts turns zod's compiled parsers off for the browser's CSP; this process validates every
// record of the sync, and compiled parsers are several times faster.
z.config({ jitless: false });

// A background job: on a small server the pages readers load come first (SYNC_NICE=0 to keep normal priority).
// On Linux a priority belongs to a thread: V8's garbage-collector and compiler threads exist already, so
// each is set too (the sync's worker thread, started later, inherits it).
const nice = Number(process.env.SYNC_NICE ?? 10);
try {
  os.setPriority(nice);
  if (process.platform === 'linux') for (const tid of readdirSync('/proc/self/task')) os.setPriority(Number(tid), nice);
} catch {
  // Not permitted here (or not supported): run at the inherited priority.
}

const args = process.argv.slice(2);
const runIdIndex = args.indexOf('--run-id');
const adoptRunId = runIdIndex >= 0 ? Number(args[runIdIndex + 1]) : undefined;
if (runIdIndex >= 0) args.splice(runIdIndex, 2);

const parsed = parseSyncArgs(args);
if (!parsed.ok) {
  for (const e of parsed.errors) console.error(`sync: ${e}`);
  process.exit(2);
}
let settings: ParliamentSettings;
try {
  settings = readParliamentSettings();
} catch (error) {
  console.error(`sync: ${(error as Error).message}`);
  process.exit(2);
}
const params = parsed.params;
const db = createPrismaClient();
const client = new ParliamentClient({ ...settings, minRetryMs: Number(process.env.PARLIAMENT_API_RETRY_MS) || undefined, onRetry: (m) => reporter.log(m) });

const fmt = (t: RunTotals) => `created ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}, rejected ${t.rejected}`;

function makeReporter(): SyncReporter & { stop(): void } {
  const started = Date.now();
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: ' {step} |{bar}| {value}/{total} records | {rate}/s | ETA {eta_formatted} | {counts}', hideCursor: true, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    let active = false;
    let base = 0;
    return {
      step(label, total) {
        if (active) bar.stop();
        base = -1;
        bar.start(total ?? 0, 0, { step: label, rate: 0, counts: '' });
        active = true;
      },
      progress(done, _total, counts) {
        if (base < 0) base = done - (counts.done - done);
        const value = done - Math.max(0, base);
        bar.update(value, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)), counts: fmt(counts) });
      },
      log(message) {
        if (active) bar.stop();
        active = false;
        console.log(message);
      },
      stop() {
        if (active) bar.stop();
        active = false;
      },
    };
  }
  let lastLine = 0;
  return {
    step: (label, total) => console.log(`sync: ${label}${total !== null ? ` (${total} records)` : ''}`),
    progress(done, _total, counts) {
      if (Date.now() - lastLine < 2_000) return;
      lastLine = Date.now();
      console.log(`sync: ${done} records, ${Math.round(done / ((Date.now() - started) / 1000))}/s; ${fmt(counts)}`);
    },
    log: (message) => console.log(`sync: ${message}`),
    stop() {},
  };
}

let reporter = makeReporter();
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Each batch is its own transaction: stopping now loses nothing committed, and the lock goes stale at
    // once (its process is gone), so the next run resumes.
    if (stopping) process.exit(130);
    stopping = true;
    reporter.stop();
    console.error(`sync: stopped by ${signal}; \`npm run sync\` continues from the last saved batch.`);
    process.exit(130);
  });
}

async function once(adopt?: number): Promise<number> {
  reporter = makeReporter();
  const started = Date.now();
  const outcome = await runSync({ db, client, params, reporter, adoptRunId: adopt });
  reporter.stop();
  if (outcome.status === 'invalid') {
    console.error(`sync: ${outcome.message}`);
    return 2;
  }
  if (outcome.status === 'refused') {
    console.error(`sync: ${outcome.message}`);
    return 3;
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nSync run #${outcome.runId} ${outcome.status} in ${seconds.toFixed(1)} s (${Math.round(outcome.totals.done / Math.max(seconds, 0.001))} records/s).`);
  console.log(`  created ${outcome.totals.created}, updated ${outcome.totals.updated}, unchanged ${outcome.totals.unchanged}, rejected ${outcome.totals.rejected}`);
  console.log(`  longest batch transaction: ${Math.round(outcome.totals.longestBatchMs)} ms`);
  const reasons = new Map<string, number>();
  for (const e of outcome.errors) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  for (const e of outcome.errors.slice(0, 20)) console.log(`  rejected ${e.id}: ${e.reason}`);
  if (outcome.errors.length > 20) console.log(`  … and ${outcome.errors.length - 20} more (see the run's record)`);
  if (outcome.message) console.log(`  ${outcome.message}`);
  return outcome.status === 'succeeded' ? 0 : 1;
}

async function main(): Promise<void> {
  if (!params.every) {
    const code = await once(adoptRunId);
    await db.$disconnect();
    process.exit(code);
  }
  const interval = durationMs(params.every);
  console.log(`sync: running every ${params.every}; stop with Ctrl-C.`);
  for (let first = true; ; first = false) {
    const code = await once(first ? adoptRunId : undefined);
    if (code === 2) process.exit(2);
    console.log(`sync: next run at ${new Date(Date.now() + interval).toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

main().catch((error: unknown) => {
  console.error('sync: failed:', error);
  process.exit(1);
});

/**
 * npm run import:meetings -- <file.csv> [--department <slug>] [--kind meetings|travel] [--quarter 2025-Q3] [--dry-run]
 * Imports a GOV.UK ministers' meetings or overseas-travel CSV: prints what it would create, what is already
 * imported, the ministers no member matches and the rows it cannot read, then (without --dry-run) imports
 * in one transaction through the staff write path, with history for each meeting. Running it again on the
 * same file creates nothing. Exit status: 0 done (or nothing to do), 1 the import failed, 2 bad arguments
 * or an unreadable file.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db/prisma-client';
import { parseQuarter } from '../lib/meetings-import/release-dates';
import { confirmImportSchema, IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, type ImportKind } from '../lib/validation/meetings-import-form';
import { importMeetingsStep } from '../server/meetings-import/import-step';
import { planMeetingsImport } from '../server/meetings-import/plan';
import { planSummary } from '../server/meetings-import/plan-summary';
import { executeStaffWrite, FormError, type WriteUser } from '../server/writes/execute-staff-write';

const USAGE = 'Usage: npm run import:meetings -- <file.csv> [--department <slug>] [--kind meetings|travel] [--quarter 2025-Q3] [--dry-run]';

/** Who the history names for changes made from the command line. */
const SCRIPT_USER: WriteUser = { id: 'script:import-meetings', name: 'import:meetings (command line)', email: '', role: 'editor' };

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { department: { type: 'string' }, kind: { type: 'string' }, quarter: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(positionals.length ? `Give one file, not ${positionals.length}.\n${USAGE}` : `Give the CSV file to import.\n${USAGE}`);
    return 2;
  }
  if (values.kind !== undefined && !IMPORT_KINDS.includes(values.kind as ImportKind)) {
    console.error(`--kind must be meetings or travel, not “${values.kind}”.`);
    return 2;
  }
  const quarter = values.quarter === undefined ? undefined : parseQuarter(values.quarter);
  if (quarter === null) {
    console.error(`--quarter must be a year and quarter, e.g. 2025-Q3, not “${values.quarter}”.`);
    return 2;
  }
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_IMPORT_BYTES) {
      console.error(`${file} is larger than ${MAX_IMPORT_LABEL}: a quarterly release is much smaller. Check it is the right file.`);
      return 2;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 2;
  }

  const prisma = createPrismaClient();
  try {
    const fileName = path.basename(file);
    const options = { kind: values.kind as ImportKind | undefined, department: values.department ?? null, quarter, fileName };
    let plan;
    try {
      plan = await planMeetingsImport(prisma, bytes, options);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      console.error(Object.values(error.fieldErrors).flat()[0] ?? error.message);
      return 2;
    }
    console.log(planSummary(plan));
    if (values['dry-run']) {
      console.log('\nDry run: nothing was written.');
      return 0;
    }
    if (plan.create.length === 0) {
      console.log('\nNothing new to import: nothing was written.');
      return 0;
    }
    const raw = { file: Buffer.from(bytes).toString('base64'), fileName, department: values.department, kind: values.kind, quarter: values.quarter, fileHash: plan.fileHash, planHash: plan.planHash };
    const { state } = await executeStaffWrite(prisma, { role: 'editor', schema: confirmImportSchema, run: importMeetingsStep }, raw, SCRIPT_USER);
    if (state.status !== 'ok') {
      console.error(`\n${state.message}${state.fieldErrors ? ` ${Object.values(state.fieldErrors).flat().join(' ')}` : ''}`);
      return 1;
    }
    console.log(`\n${state.message}`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The import failed: nothing was written.', error);
    process.exit(1);
  },
);

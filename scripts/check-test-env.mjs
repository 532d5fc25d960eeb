// Runs before `npm test`: says plainly what is missing instead of failing deep inside a test run.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
if (!existsSync('node_modules/.package-lock.json')) problems.push('Dependencies are not installed: run `npm ci`.');
if (!existsSync(chromium)) {
  problems.push(`Chromium not found at ${chromium}: run \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

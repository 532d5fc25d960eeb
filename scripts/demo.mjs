// `npm run demo`: the one command that takes a fresh clone to a running app on the embedded SQLite
// database with the seed case and the demo data: install (if needed), migrate, seed, build, serve.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '3000';
const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) run('npm', ['ci', '--no-audit', '--no-fund']);
run('npm', ['run', 'db:deploy']);
run('npm', ['run', 'db:seed']);
run('npx', ['next', 'build']);
run('node', ['--import', 'tsx', 'scripts/serve.ts', '--port', port]);

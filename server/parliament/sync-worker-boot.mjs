// The sync's worker thread starts here: tsx's CommonJS hook (its transforms cached on disk) compiles the
// TypeScript worker for this thread whichever loader its parent runs under (the CLI's tsx, or Vitest's).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('./sync-worker.ts');

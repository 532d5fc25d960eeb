// The sync's worker thread starts here: tsx compiles the TypeScript worker for this thread whichever
// loader its parent runs under (the CLI's tsx, or Vitest's own).
require('tsx/cjs/api').register();
require('./sync-worker.ts');

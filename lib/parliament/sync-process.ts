/**
 * How the sync's own process is started (`npm run sync` in package.json says the same): TypeScript
 * through tsx, the server modules' `react-server` condition, and a larger young generation. The sync
 * allocates a great deal of short-lived garbage (records, JSON, SQL parameters); with V8's default 16 MB
 * semi-spaces the scavenger ran ~55 µs a question, and 64 MB made the whole sync ~15-20 % faster in
 * bench:sync.
 */
export const SYNC_NODE_ARGS = ['--max-semi-space-size=64', '--import', 'tsx', '--conditions=react-server'] as const;

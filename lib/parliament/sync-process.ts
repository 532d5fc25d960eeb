/**
 * How the sync's own process is started by the admin page and bench:sync (`npm run sync` in
 * package.json says the same): TypeScript through tsx, with the server modules' `react-server` condition.
 * (Larger V8 semi-spaces were tried for the sync's short-lived garbage: no difference on an idle machine.)
 */
export const SYNC_NODE_ARGS = ['--import', 'tsx', '--conditions=react-server'] as const;

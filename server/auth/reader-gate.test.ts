import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Sign-in-only mode is checked by every page and route handler itself (the proxy alone is not trusted):
// a new page without the check would be readable by anyone who gets past the proxy. Enumerated from app/.
const root = path.resolve(import.meta.dirname, '../..');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

describe('every page and route checks who may read it', () => {
  it('the JSON API’s handlers check, before any answer (server/api/respond.ts)', () => {
    const text = readFileSync(path.join(root, 'server', 'api', 'respond.ts'), 'utf8');
    expect(text).toMatch(/mayRead\(\)/);
    expect(text.match(/await admit\(request\)/g)).toHaveLength(2);
  });
  const files = routeFiles(path.join(root, 'app'));
  it('finds the pages and routes', () => {
    expect(files.length).toBeGreaterThan(15);
  });
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(root, file), 'utf8');
      if (file === path.join('app', 'login', 'page.tsx')) return; // the one page a signed-out reader must reach
      // An alert email's unsubscribe link works without signing in, even on a sign-in-only site: the signed
      // token in its address is the authority (server/alerts/unsubscribe.ts; lib/http/sign-in-gate.ts lets it through).
      if (file.startsWith(path.join('app', 'alerts', 'unsubscribe'))) return;
      const checks = text.match(/await (requireReader|requireRole)\(/g) ?? [];
      // server/search/export-response.ts, server/api/respond.ts (every /api/v1 route) and
      // server/feeds/feed-response.ts check for the routes that use them.
      const delegated = /questionExportResponse\(|apiRoute\(|apiNotFoundRoute\(|FeedRoute\(/.test(text);
      expect(checks.length > 0 || delegated).toBe(true);
      if (/export async function generateMetadata/.test(text)) expect(checks.length).toBeGreaterThanOrEqual(2);
    });
  }
});

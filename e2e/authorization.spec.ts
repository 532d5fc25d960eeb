import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dbTask } from './fixtures/e2e-db';
import { sessionCookie } from './fixtures/staff';

/**
 * Every Server Action and every mutating route handler, enumerated from the source (not from a list kept
 * by hand), is called directly — without a session, with a viewer's session, and cross-site with an
 * editor's — and must be refused (401/403) and change nothing. A new action is covered the moment it is
 * written; one that is not reachable from any page fails the suite (delete it or use it).
 */
const ROOT = process.cwd();
/** The only actions a signed-out visitor may call. */
const PUBLIC_ACTIONS = new Set(['server/actions/auth.ts#signIn', 'server/actions/auth.ts#signOut', 'server/actions/auth.ts#signUp']);
/**
 * Actions on a signed-in user's own things (their email alerts): any role may call them, so a viewer is
 * not refused, but they touch only the caller's own rows: called with another's id (1) or a bad form they
 * must change nothing.
 */
const OWN_ACTION_FILES = [/^server\/actions\/alerts\.ts#/];
/**
 * Mutating routes that need no session, because a signed token in the address is the authority (an alert
 * email's one-click unsubscribe, RFC 8058): without a valid token they answer 400 and change nothing.
 */
const TOKEN_ROUTES = new Set(['app/alerts/unsubscribe/one-click/route.ts#POST']);
/** Actions only admins may call: a signed-in editor must be refused too. */
const ADMIN_ONLY_FILES = [/^server\/actions\/(users|admin)/];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** `file#export` for every export of every file that starts with 'use server'. */
function serverActionsInSource(): string[] {
  return ['app', 'server', 'components', 'lib'].flatMap(sourceFiles).flatMap((file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    if (!/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(text)) return [];
    return [...text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(\w+)/gm)].map((m) => `${file.split(path.sep).join('/')}#${m[1]}`);
  });
}

/** Route handlers that accept a mutating method: `app/…/route.ts#POST`. */
function mutatingRoutesInSource(): { file: string; method: string; url: string }[] {
  return sourceFiles('app')
    .filter((f) => /route\.tsx?$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const url = '/' + path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[+\.*(\w+)\]+$/, '1')).join('/');
      return [...text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/gm)].map((m) => ({ file, method: m[1]!, url }));
    });
}

interface ManifestAction {
  id: string;
  key: string;
  /** A page on which the action is registered, to POST to. */
  url: string;
}

function actionsInBuild(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.startsWith('app/') && w.endsWith('/page')) ?? 'app/page';
    const url =
      '/' +
      worker
        .replace(/^app\//, '')
        .replace(/\/?page$/, '')
        .split('/')
        .filter((s) => s && !/^\(.*\)$/.test(s) && s !== '_not-found')
        .map((s) => (/^\[/.test(s) ? '1' : s))
        .join('/');
    return { id, key: `${entry.filename}#${entry.exportedName}`, url };
  });
}

/** Rows in every table, and the newest change-log entry: "changes nothing" means all of these are equal. */
function databaseFingerprint(): Record<string, number> {
  return dbTask('databaseFingerprint');
}

/** Calls a Server Action the way React does for a form action: (previous state, FormData). */
async function callAction(request: import('@playwright/test').APIRequestContext, baseURL: string, action: ManifestAction, headers: Record<string, string>) {
  return request.post(action.url, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', Origin: baseURL, ...headers },
    // React's reply encoding: the FormData entries (`_1_<name>`) before the arguments (field 0) that refer to them.
    multipart: { _1_id: '1', _1_name: 'Refused write', _1_baseChangeId: '0', '0': '[{"status":"idle"},"$K1"]' },
    maxRedirects: 0,
  });
}

test.describe('every write is refused without the role', () => {
  test('the build contains exactly the Server Actions in the source', () => {
    const inSource = serverActionsInSource().sort();
    const inBuild = [...new Set(actionsInBuild().map((a) => a.key))].sort();
    expect(inSource.length).toBeGreaterThan(2);
    expect(inBuild).toEqual(inSource);
  });

  test('signed out: every action and mutating route answers 401 and changes nothing', async ({ request, baseURL }) => {
    const before = databaseFingerprint();
    for (const action of actionsInBuild().filter((a) => !PUBLIC_ACTIONS.has(a.key))) {
      const response = await callAction(request, baseURL!, action, {});
      expect(response.status(), `${action.key} signed out`).toBe(401);
    }
    for (const route of mutatingRoutesInSource()) {
      const response = await request.fetch(route.url, { method: route.method, headers: { Origin: baseURL!, 'Content-Type': 'application/json' }, data: '{}' });
      expect(response.status(), `${route.file} ${route.method} signed out`).toBe(TOKEN_ROUTES.has(`${route.file}#${route.method}`) ? 400 : 401);
    }
    expect(databaseFingerprint()).toEqual(before);
  });

  test('as a viewer: every staff action and route answers 403 and changes nothing', async ({ page, request, baseURL }) => {
    const cookie = await sessionCookie(page, 'viewer');
    const before = databaseFingerprint();
    for (const action of actionsInBuild().filter((a) => !PUBLIC_ACTIONS.has(a.key))) {
      const response = await callAction(request, baseURL!, action, { Cookie: cookie });
      if (OWN_ACTION_FILES.some((re) => re.test(action.key))) expect(response.status(), `${action.key} as viewer (their own alerts)`).toBe(200);
      else expect(response.status(), `${action.key} as viewer`).toBe(403);
    }
    for (const route of mutatingRoutesInSource()) {
      const response = await request.fetch(route.url, { method: route.method, headers: { Origin: baseURL!, Cookie: cookie, 'Content-Type': 'application/json' }, data: '{}' });
      expect(response.status(), `${route.file} ${route.method} as viewer`).toBe(TOKEN_ROUTES.has(`${route.file}#${route.method}`) ? 400 : 403);
    }
    expect(databaseFingerprint()).toEqual(before);
  });

  test('as an editor: admin-only actions answer 403; cross-site calls are refused', async ({ page, request, baseURL }) => {
    const cookie = await sessionCookie(page, 'editor');
    const before = databaseFingerprint();
    const staff = actionsInBuild().filter((a) => !PUBLIC_ACTIONS.has(a.key));
    for (const action of staff.filter((a) => ADMIN_ONLY_FILES.some((re) => re.test(a.key)))) {
      const response = await callAction(request, baseURL!, action, { Cookie: cookie });
      expect(response.status(), `${action.key} as editor`).toBe(403);
    }
    for (const action of staff) {
      const response = await callAction(request, baseURL!, action, { Cookie: cookie, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
      expect(response.status(), `${action.key} cross-site`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${action.key} cross-site`).toBeLessThan(500);
    }
    expect(databaseFingerprint()).toEqual(before);
  });
});

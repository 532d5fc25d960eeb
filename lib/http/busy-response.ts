import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Refusal } from './fair-share';

/**
 * The 429 answer to work refused by fair sharing (lib/http/fair-share.ts), made here without rendering
 * anything, so refusing costs next to nothing: the API's own JSON error shape under /api/v1
 * (lib/api/errors.ts, code `rate_limited`), plain text for downloads (a file saved by a script or a
 * browser's download bar shows it as it is), and a small self-contained page otherwise. Each says whose
 * limit was reached and when to try again, and carries Retry-After.
 */
export function busyMessage(refusal: Refusal): string {
  const wait = `try again in ${refusal.retryAfterS} seconds`;
  if (refusal.scope === 'site') {
    return `The site is already making as many exports as it makes at once (${refusal.limit}), so that pages stay quick for everyone: ${wait}.`;
  }
  const what = refusal.work === 'export' ? (refusal.limit === 1 ? 'an export' : `${refusal.limit} exports`) : refusal.limit === 1 ? 'a search' : `${refusal.limit} searches`;
  return `You already have ${what} under way, which is as many as one visitor may run at once: wait for ${refusal.limit === 1 ? 'it' : 'one'} to finish, or ${wait}.`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(message: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Busy – Answerable</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>Too many at once</h1>
<p>${escapeHtml(message)}</p>
<p>Pages already opened recently still load at once: start again from the <a href="/">home page</a> or the <a href="/questions">questions</a>.</p>
</main>
</body>
</html>
`;
}

/** Answers `res` with the refusal (the caller has set the security headers). */
export function sendBusy(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const message = busyMessage(refusal);
  const path = (req.url ?? '/').split('?', 1)[0]!;
  let type: string;
  let body: string;
  const headers: Record<string, string> = {};
  if (path.startsWith('/api/')) {
    type = 'application/json; charset=utf-8';
    body = JSON.stringify({ error: { code: 'rate_limited', message } });
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Access-Control-Expose-Headers'] = 'Retry-After';
  } else if (refusal.work === 'export') {
    type = 'text/plain; charset=utf-8';
    body = `${message}\n`;
  } else {
    type = 'text/html; charset=utf-8';
    body = page(message);
  }
  res.writeHead(429, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'Retry-After': String(refusal.retryAfterS),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

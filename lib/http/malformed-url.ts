import type { ServerResponse } from 'node:http';

/**
 * True when the request target's path cannot be percent-decoded (`/members/%E0%A4%A`). Next's router
 * answers those with a bare 500 before any app code runs (it tries to render a Pages Router `/400`
 * page, which an App Router app does not have), so the server turns them away first.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * A small self-contained 400 page: the app's own pages cannot be rendered for this address. Under the
 * JSON API (/api/v1) the answer is the API's own error shape (lib/api/errors.ts) instead.
 */
export function sendMalformedPath(res: ServerResponse, method: string | undefined, url?: string): void {
  if (url !== undefined && /^\/api\/v1(\/|$|\?)/.test(url)) {
    const json = JSON.stringify({ error: { code: 'invalid_parameter', message: 'The address has a broken percent-escape (a % not followed by a valid encoded character), so it cannot be read.' } });
    res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json), 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    return void res.end(method === 'HEAD' ? undefined : json);
  }
  const body = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Address not valid – Answerable</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>This address is not valid</h1>
<p>Part of the address has a broken percent-escape (a <code>%</code> not followed by a valid encoded character), so it cannot be read.
Check the link, or start again from the <a href="/">home page</a> or the <a href="/questions">questions</a>.</p>
</main>
</body>
</html>
`;
  res.writeHead(400, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

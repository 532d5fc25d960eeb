import { unsubscribe } from '@/server/alerts/unsubscribe';

/**
 * RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` here (the address in
 * every alert's List-Unsubscribe header); the confirmation page's button posts here too. No session: the
 * signed token in the address is the authority. Answers 200 when unsubscribed (or already), 400 for a
 * link that is not valid; a browser's form post is sent back to the page, which says what happened.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('t') ?? '';
  const outcome = await unsubscribe(token);
  const fromPage = (request.headers.get('accept') ?? '').includes('text/html');
  const headers = { 'Cache-Control': 'no-store' };
  if (fromPage) {
    const to = `/alerts/unsubscribe?t=${encodeURIComponent(token)}&done=${outcome.status === 'done' ? '1' : '0'}`;
    return new Response(null, { status: 303, headers: { ...headers, Location: to } });
  }
  if (outcome.status === 'invalid') return new Response('This unsubscribe link is not valid.\n', { status: 400, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response('Unsubscribed.\n', { status: 200, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Opened in a browser (the header's address): the confirmation page, which changes nothing until asked. */
export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get('t') ?? '';
  return new Response(null, { status: 303, headers: { Location: `/alerts/unsubscribe?t=${encodeURIComponent(token)}`, 'Cache-Control': 'no-store' } });
}

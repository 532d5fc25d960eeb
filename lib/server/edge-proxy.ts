import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CLIENT_IP_HEADER, clientIpOf } from '../http/client-ip';
import { answerRequestTarget, refuseConnect } from '../http/request-target';
import { drainable, type Drainable } from './drain';

/**
 * The primary process's front door (npm start with more than one process).
 *
 * node:cluster's own sharing hands each accepted connection to a worker. When a worker died (a crash,
 * the OOM killer, SIGKILL) the connections it held died with it, and one being handed over at that
 * moment stayed open in the primary, unanswered, until the client gave up. So the primary keeps the
 * client connections itself and forwards each request to a worker over a keep-alive unix socket of
 * that worker's (node:http both ways, nothing parsed twice that need not be). When a worker's
 * connection drops before its response is complete the primary still holds the client's, and answers:
 *  - a request that is safe to repeat (GET or HEAD, no body) and got no response yet is sent once more,
 *    to another worker, so a reader does not see the fault at all;
 *  - anything else gets a 502 at once (a POST may already have changed data: repeating it is not ours
 *    to decide); if the response had already started, the client's connection is closed, which a client
 *    sees at once as a truncated response rather than a silent wait;
 *  - with no worker running (all restarting) the request waits for one, up to WAIT_FOR_WORKER_MS (a
 *    replacement takes a few seconds to start), then gets a 503 with Retry-After.
 * The primary also sets the client-address header (lib/http/client-ip.ts) from the connection it
 * accepted; the workers' sockets live in a directory only this user can open, so nothing else can
 * reach a worker with an address of its choosing.
 */
export interface Upstream {
  readonly id: number;
  readonly socketPath: string;
}

interface Slot extends Upstream {
  inFlight: number;
}

export interface EdgeProxy {
  readonly server: Server;
  readonly drain: Drainable['drain'];
  addUpstream(upstream: Upstream): void;
  removeUpstream(id: number): void;
  /** Upstreams that can take requests now. */
  readonly upstreamCount: number;
}

// Per-hop headers (RFC 9110 §7.6.1): they describe one connection, not the request or response.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'expect']);

const SAFE_TO_REPEAT = new Set(['GET', 'HEAD']);

/** How long a request waits for a worker when none is running; a reader would rather wait than get a 503. */
export const WAIT_FOR_WORKER_MS = 5_000;

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

export function createEdgeProxy(options: { trustProxy: boolean; securityHeaders: () => Record<string, string> }): EdgeProxy {
  const slots = new Map<number, Slot>();
  // Keep-alive: a new unix-socket connection per request would cost more than the forwarding itself.
  // Idle sockets are closed after a minute (the workers never close them first: lib/server/processes.ts).
  const agent = new Agent({ keepAlive: true, timeout: 60_000, scheduling: 'lifo' });
  let turn = 0;
  // A client's connection stays with the worker that answered its first request, as it did when
  // node:cluster handed out connections: each worker has a page cache of its own, and a reader moving
  // between them could see a page go back to an older copy (stale-while-revalidate) after a fresher one.
  const affinity = new WeakMap<object, number>();
  // Requests that arrived while no worker was running, oldest first.
  const waiting = new Set<() => void>();

  /** The client's worker, or for a new client the worker with the fewest requests in flight (ties in turn): a process renders one page at a time. */
  const pick = (client: object, avoid?: number): Slot | null => {
    const kept = slots.get(affinity.get(client) ?? -1);
    if (kept && kept.id !== avoid) return kept;
    let best: Slot | null = null;
    const all = [...slots.values()];
    for (let i = 0; i < all.length; i++) {
      const slot = all[(turn + i) % all.length]!;
      if (slot.id === avoid) continue;
      if (!best || slot.inFlight < best.inFlight) best = slot;
    }
    turn++;
    if (best) affinity.set(client, best.id);
    return best;
  };

  const answer = (res: ServerResponse, status: 502 | 503, message: string) => {
    if (res.headersSent) return void res.destroy();
    for (const [name, value] of Object.entries(options.securityHeaders())) res.setHeader(name, value);
    const body = `${message}\n`;
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...(status === 503 ? { 'Retry-After': '5' } : {}),
    });
    res.end(body);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, headers: Record<string, string | string[] | undefined>, retried?: number) => {
    const slot = pick(req.socket, retried);
    if (!slot) {
      if (retried !== undefined) return answer(res, 502, 'The server process handling this request stopped before answering.');
      const resume = () => {
        waiting.delete(resume);
        clearTimeout(timer);
        if (!res.destroyed) forward(req, res, headers);
      };
      const timer = setTimeout(() => {
        waiting.delete(resume);
        answer(res, 503, 'The site is restarting: try again in a few seconds.');
      }, WAIT_FOR_WORKER_MS);
      waiting.add(resume);
      res.once('close', () => {
        waiting.delete(resume);
        clearTimeout(timer);
      });
      return;
    }
    slot.inFlight++;
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        slot.inFlight--;
      }
    };
    const upstream = httpRequest({ socketPath: slot.socketPath, agent, method: req.method, path: req.url, headers });
    upstream.on('response', (upRes) => {
      const raw: string[] = [];
      for (let i = 0; i < upRes.rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(upRes.rawHeaders[i]!.toLowerCase())) raw.push(upRes.rawHeaders[i]!, upRes.rawHeaders[i + 1]!);
      }
      res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, raw);
      upRes.pipe(res);
      upRes.once('close', () => {
        release();
        // The worker went away mid-response: end the client's connection rather than leave it waiting.
        if (!upRes.complete) res.destroy();
      });
    });
    upstream.on('error', () => {
      release();
      if (res.headersSent || res.destroyed) return void res.destroy();
      if (retried === undefined && SAFE_TO_REPEAT.has(req.method ?? '') && !hasBody(req)) return forward(req, res, headers, slot.id);
      answer(res, 502, 'The server process handling this request stopped before answering. If it changed something, check before sending it again.');
    });
    // The client went away: stop the work it asked for.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (hasBody(req)) req.pipe(upstream);
    else upstream.end();
  };

  const server = createServer((req, res) => {
    if (answerRequestTarget(req, res, options.securityHeaders)) return;
    const headers: Record<string, string | string[] | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
    // Any value a client sent is replaced: per-address limits must not be forgeable.
    headers[CLIENT_IP_HEADER] = clientIpOf(req, options.trustProxy);
    // What Next fills in itself from the socket when it is the edge; a worker's socket is a unix one.
    headers['x-forwarded-for'] ??= req.socket.remoteAddress;
    if (req.headers['transfer-encoding']) headers['transfer-encoding'] = 'chunked';
    forward(req, res, headers);
  });
  server.on('connect', refuseConnect);
  const { drain } = drainable(server);

  return {
    server,
    drain,
    addUpstream(upstream) {
      slots.set(upstream.id, { ...upstream, inFlight: 0 });
      for (const resume of [...waiting]) resume();
    },
    removeUpstream(id) {
      slots.delete(id);
    },
    get upstreamCount() {
      return slots.size;
    },
  };
}

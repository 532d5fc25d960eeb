import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Exports (CSV, JSON): often hundreds of megabytes, produced at ~100,000 rows a second. */
export function isDownload(res: ServerResponse): boolean {
  return /^(text\/csv|application\/json)\b/i.test(String(res.getHeader('Content-Type') ?? ''));
}

/**
 * Response compression (gzip or brotli, as the client prefers) with the `compression` middleware,
 * the one Next uses inside `next start`. Pages get its defaults; downloads get the fastest levels,
 * because at the default levels compression, not the database, would set a large export's speed
 * (about 45,000 rows/s instead of 65,000+ on this machine; the output is some 40 % larger).
 * The two are stacked with opposite filters, so each response is compressed once at most; responses
 * that set Content-Encoding themselves are left alone by both.
 */
export function createCompression(): Middleware {
  const pages = compression({ filter: (req, res) => !isDownload(res) && compression.filter(req, res) }) as unknown as Middleware;
  const downloads = compression({
    level: constants.Z_BEST_SPEED,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
    filter: (req, res) => isDownload(res) && compression.filter(req, res),
  }) as unknown as Middleware;
  return (req, res, next) => {
    pages(req, res, (error) => (error ? next(error) : downloads(req, res, next)));
  };
}

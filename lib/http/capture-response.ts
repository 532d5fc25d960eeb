import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * A response as the app wrote it: status, headers and the exact body bytes. The headers are those set
 * by the time the app wrote its head or first byte, so a compression layer outside the capture (which
 * adds Content-Encoding then, and compresses after the capture has seen the bytes) is not recorded.
 */
export interface CapturedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type WriteArgs = Parameters<ServerResponse['write']> extends [unknown, ...infer Rest] ? Rest : never;

/**
 * Records what is written to `res` while it still goes to the client unchanged, the way compression
 * middleware wraps `write`/`end`. Resolves with the whole response once it has finished, or null if
 * it was cut short, its body grew past `limit` bytes, or `wanted` turned down its status and headers
 * (`:status`) at the first byte (recording stops then; the client still gets everything).
 */
export function captureResponse(
  res: ServerResponse,
  limit: number,
  wanted: (headers: OutgoingHttpHeaders) => boolean = () => true,
): Promise<CapturedResponse | null> {
  const chunks: Buffer[] = [];
  const headHeaders: OutgoingHttpHeaders = {};
  let size = 0;
  let overflow = false;
  let checked = false;
  let head: OutgoingHttpHeaders | null = null;
  // Headers as the app set them, before outer layers (compression) react to the head going out.
  const freeze = () => (head ??= { ...res.getHeaders(), ...headHeaders });

  const record = (chunk: unknown, encoding: unknown) => {
    freeze();
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    // The headers are known by the first byte of body: a download or an error page is not copied at all.
    if (!checked) {
      checked = true;
      if (!wanted({ ...res.getHeaders(), ...headHeaders, ':status': res.statusCode })) {
        overflow = true;
        return;
      }
    }
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array); // a copy: the writer may reuse its buffer
    size += buffer.length;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };

  const write = res.write;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: WriteArgs) {
    record(chunk, rest[0]);
    return write.call(this, chunk, ...(rest as [BufferEncoding, (error?: Error | null) => void]));
  } as ServerResponse['write'];

  const end = res.end;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    record(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['end'];

  // Headers passed straight to writeHead are not always kept where getHeaders() can see them.
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null);
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) headHeaders[name.toLowerCase()] = value as OutgoingHttpHeaders[string];
    } else if (headers) {
      overflow = true; // raw header arrays: do not try to reproduce them
    }
    freeze();
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];

  return new Promise((resolve) => {
    res.once('finish', () => {
      resolve(overflow ? null : { status: res.statusCode, headers: head ?? { ...res.getHeaders(), ...headHeaders }, body: Buffer.concat(chunks) });
    });
    res.once('close', () => {
      if (!res.writableFinished) resolve(null);
    });
  });
}

/**
 * Renders into `res` (a request with no client behind it) and resolves with the complete response, or
 * null when the render fails or ends without completing it (waiting a little for a response still
 * streaming). A background render must always settle: a stuck one would hold up every render after it.
 */
export function captureRender(
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  wanted?: (headers: OutgoingHttpHeaders) => boolean,
): Promise<CapturedResponse | null> {
  const captured = captureResponse(res, limit, wanted);
  const settled = render(req, res).then(
    () => undefined,
    () => undefined,
  );
  const unfinished = settled.then(() => (res.writableEnded ? captured : new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000).unref())));
  return Promise.race([captured, unfinished]);
}

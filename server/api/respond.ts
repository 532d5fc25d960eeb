import 'server-only';
import { createHash } from 'node:crypto';
import { z } from '@/lib/validation/zod';
import type { Endpoint } from '@/lib/api/endpoints';
import { ApiError, type ApiErrorBody, type ErrorCode } from '@/lib/api/errors';
import { parseParams, parsePath } from '@/lib/api/params';
import { clientAddress } from '@/server/auth/client-address';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { lastModified } from './freshness';
import { consumeApiRequest, type RateDecision } from './rate-limit';

/**
 * How every /api/v1 route answers (the routes in app/api/v1 only name a schema and a data function):
 * the per-address rate limit, the sign-in-only check, the response parsed through its resource's zod
 * schema, ETag and Last-Modified with conditional requests (304), CORS for reading from other sites,
 * and errors as JSON `{ error: { code, message } }` — never HTML, never a 500 for bad input.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
} as const;
const PREFLIGHT = {
  ...CORS,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Cache-Control',
  'Access-Control-Max-Age': '86400',
} as const;

const signInRequired = readAuthSettings().signInRequired;

type Params = Record<string, string | string[] | undefined>;
export interface ApiRequest<E extends Endpoint> {
  url: URL;
  /** The query parameters, validated by the endpoint's schema (strict: unknown names are refused). */
  query: E['query'] extends z.ZodObject ? z.output<E['query']> : Record<string, never>;
  path: E['pathParams'] extends z.ZodObject ? z.output<E['pathParams']> : Record<string, never>;
}
export interface RouteOptions {
  /** Parameters that may repeat or hold a comma-separated list. */
  listKeys?: readonly string[];
  /** The data function reads the query itself (the questions list, through the table's own parser). */
  ownQuery?: boolean;
}
type RouteContext = { params: Promise<Params> };
type Loader<E extends Endpoint> = (req: ApiRequest<E>) => Promise<z.input<E['response']>>;
type Handler = (request: Request, context: RouteContext) => Promise<Response>;

function rateHeaders(rate: RateDecision | null): Record<string, string> {
  return rate ? { 'X-RateLimit-Limit': String(rate.limit), 'X-RateLimit-Remaining': String(rate.remaining), 'X-RateLimit-Reset': String(rate.resetS) } : {};
}

export function errorResponse(code: ErrorCode, message: string, headers: Record<string, string> = {}, status?: number): Response {
  const body: ApiErrorBody = { error: { code, message } };
  const error = new ApiError(code, message);
  return Response.json(body, { status: status ?? error.status, headers: { ...CORS, 'Cache-Control': 'no-store', ...headers } });
}

/** 304 when the client's copy is current: If-None-Match wins; If-Modified-Since only without it. */
function notModified(request: Request, etag: string, modified: Date): boolean {
  const match = request.headers.get('if-none-match');
  if (match !== null) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((tag) => weak(tag) === weak(etag));
  }
  const since = request.headers.get('if-modified-since');
  if (since === null) return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && modified.getTime() <= time;
}

/** The rate limit, then sign-in-only mode: a refusal, or the rate headers for the answer. */
async function admit(request: Request): Promise<{ refused: Response } | { limits: Record<string, string> }> {
  const rate = await consumeApiRequest(clientAddress(request.headers));
  const limits = rateHeaders(rate);
  if (rate && !rate.allowed) {
    const message = `Too many requests from this address: ${rate.limit} are allowed every window; try again in ${rate.resetS} s.`;
    return { refused: errorResponse('rate_limited', message, { ...limits, 'Retry-After': String(rate.resetS) }) };
  }
  // Sign-in-only sites: the API answers only requests carrying a session (proxy.ts refuses those without a
  // cookie first). Loaded only then: the session code pulls in Next's navigation module, which scripts
  // calling these handlers directly (npm run bench:api) cannot load.
  if (signInRequired && !(await (await import('@/server/auth/reader-gate')).mayRead())) {
    return { refused: errorResponse('unauthorized', 'This site is open to signed-in users only.', limits) };
  }
  return { limits };
}

async function answer<E extends Endpoint>(request: Request, context: RouteContext, endpoint: E, load: Loader<E>, options: RouteOptions): Promise<Response> {
  const admitted = await admit(request);
  if ('refused' in admitted) return admitted.refused;
  const { limits } = admitted;
  try {
    const modified = await lastModified();
    const url = new URL(request.url);
    const noParams = z.object({});
    const query = options.ownQuery ? {} : parseParams(endpoint.query ?? noParams, url.searchParams, options.listKeys);
    const path = endpoint.pathParams ? parsePath(endpoint.pathParams, await context.params) : {};
    const body = JSON.stringify(endpoint.response.parse(await load({ url, query, path } as ApiRequest<E>)));
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      ...CORS,
      ...limits,
      ETag: etag,
      'Last-Modified': modified.toUTCString(),
      // Revalidate every time (cheap with the validators): answers change when Parliament's do. On a
      // sign-in-only site a response is for the signed-in reader alone: no shared cache may keep it.
      'Cache-Control': signInRequired ? 'private, no-cache' : 'no-cache',
      Vary: signInRequired ? 'Accept-Encoding, Cookie' : 'Accept-Encoding',
    };
    if (notModified(request, etag, modified)) return new Response(null, { status: 304, headers });
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.code, error.message, limits);
    console.error(error);
    return errorResponse('internal_error', 'Something went wrong on the server; the error was logged.', limits);
  }
}

/**
 * The handlers of one read-only API route: GET and HEAD answer through `schema` and `load`, OPTIONS
 * answers CORS preflights, and every other method is a 405 in JSON.
 */
export function apiRoute<E extends Endpoint>(endpoint: E, load: Loader<E>, options: RouteOptions = {}) {
  const get: Handler = (request, context) => answer(request, context, endpoint, load, options);
  const refuse: Handler = async () => errorResponse('method_not_allowed', 'This API is read-only: use GET.', { Allow: 'GET, HEAD, OPTIONS' });
  return {
    GET: get,
    HEAD: get,
    OPTIONS: async () => new Response(null, { status: 204, headers: { ...PREFLIGHT, Allow: 'GET, HEAD, OPTIONS' } }),
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
  };
}

/** Any other address under /api/v1 (app/api/v1/[...rest]): a JSON 404 pointing to the reference, behind the same gate. */
export function apiNotFoundRoute() {
  const notFound: Handler = async (request) => {
    const admitted = await admit(request);
    if ('refused' in admitted) return admitted.refused;
    const message = `There is no API endpoint at ${new URL(request.url).pathname}: see /api/v1/openapi.json or /api/docs for the endpoints.`;
    return errorResponse('not_found', message, admitted.limits);
  };
  return { GET: notFound, HEAD: notFound, OPTIONS: notFound, POST: notFound, PUT: notFound, PATCH: notFound, DELETE: notFound };
}

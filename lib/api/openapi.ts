/**
 * The OpenAPI 3.1 document of /api/v1, generated with zod-openapi from the endpoints' zod schemas
 * (lib/api/endpoints.ts) — the same schemas that shape every response — never written by hand.
 * Served at /api/v1/openapi.json and rendered as the reference page /api/docs.
 */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { ENDPOINTS, type Endpoint } from './endpoints';
import { errorSchema } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './common';
import { readApiSettings } from './settings';

const json = (schema: Endpoint['response'], description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(errorSchema, description);

const validators = {
  ETag: { description: 'Validator of this exact response: send it back as If-None-Match to get 304 when nothing changed.', schema: { type: 'string' as const } },
  'Last-Modified': { description: 'When the server first saw the data as it is now: send it back as If-Modified-Since.', schema: { type: 'string' as const } },
};

function operation(endpoint: Endpoint): ZodOpenApiOperationObject {
  const hasParams = Boolean(endpoint.query) || Boolean(endpoint.pathParams);
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(hasParams ? { requestParams: { ...(endpoint.query ? { query: endpoint.query } : {}), ...(endpoint.pathParams ? { path: endpoint.pathParams } : {}) } } : {}),
    responses: {
      '200': { ...json(endpoint.response, 'The resource.'), headers: validators },
      '304': { description: 'Not modified: the copy named by If-None-Match (or dated by If-Modified-Since) is current.' },
      '400': error('A parameter is not valid (code invalid_parameter or invalid_cursor); the message names it.'),
      '401': error('The site is open to signed-in users only (code unauthorized).'),
      '404': error('No record has the id or address given in the path or parameters (code not_found).'),
      '429': {
        ...error('Too many requests from this address (code rate_limited).'),
        headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } },
      },
      ...(endpoint.path === '/questions'
        ? { '503': error('The search was stopped at the server’s time limit for one search (code search_timeout): narrow it (fewer prefixes or OR alternatives, a filter) or try again later.') }
        : {}),
    },
  };
}

/** The document, as plain JSON. */
export function openApiDocument(): { openapi: '3.1.0'; [key: string]: unknown } {
  const { rateLimit, rateWindowS } = readApiSettings();
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of Object.values(ENDPOINTS) as Endpoint[]) paths[endpoint.path] = { get: operation(endpoint) };
  const limitText = rateLimit === 0 ? 'There is no rate limit on this server.' : `Each client address may make ${rateLimit} requests every ${rateWindowS} seconds; beyond that the answer is 429 with Retry-After.`;
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Answerable API',
      version: '1.0.0',
      description: [
        'Written parliamentary questions and answers, the meetings they cite, the coverage they get, members, departments, topics and timelines, as JSON. Read-only, no key needed.',
        `Lists return \`data\` and \`nextCursor\`: pass the cursor back unchanged for the next page. \`limit\` is ${DEFAULT_PAGE_SIZE} by default and at most ${MAX_PAGE_SIZE}.`,
        'Every answer carries ETag and Last-Modified; send If-None-Match or If-Modified-Since to get 304 Not Modified. Any site may read with CORS (GET, HEAD, OPTIONS).',
        `Errors are JSON: \`{ "error": { "code", "message" } }\`, with codes that stay the same. ${limitText}`,
      ].join('\n\n'),
    },
    servers: [{ url: '/api/v1' }],
    paths,
  }) as unknown as { openapi: '3.1.0'; [key: string]: unknown };
}

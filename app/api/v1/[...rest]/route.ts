import { errorResponse } from '@/server/api/respond';

/** Any other address under /api/v1: a JSON 404 naming where the reference is, never Next's HTML page. */
const notFound = async (request: Request) =>
  errorResponse('not_found', `There is no API endpoint at ${new URL(request.url).pathname}: see /api/v1/openapi.json or /api/docs for the endpoints.`);
export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };

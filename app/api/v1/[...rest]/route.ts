import { apiNotFoundRoute } from '@/server/api/respond';

/** Any other address under /api/v1: a JSON 404 naming where the reference is, never Next's HTML page. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiNotFoundRoute();

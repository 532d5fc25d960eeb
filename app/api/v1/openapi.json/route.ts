import { META_ENDPOINTS } from '@/lib/api/endpoints';
import { openApiDocument } from '@/lib/api/openapi';
import { apiRoute } from '@/server/api/respond';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the schemas (lib/api/openapi.ts). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(META_ENDPOINTS.openapi, async () => openApiDocument());

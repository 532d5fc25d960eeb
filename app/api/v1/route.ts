import { ENDPOINTS, META_ENDPOINTS } from '@/lib/api/endpoints';
import { apiRoute } from '@/server/api/respond';
import { API_BASE } from '@/server/api/paths';

/** GET /api/v1: where to start. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(META_ENDPOINTS.root, async () => ({
  openapi: `${API_BASE}/openapi.json`,
  docs: '/api/docs',
  endpoints: Object.values(ENDPOINTS).map((e) => `${API_BASE}${e.path}`),
}));

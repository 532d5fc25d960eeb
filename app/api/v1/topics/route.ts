import { ENDPOINTS } from '@/lib/api/endpoints';
import { listTopicsForApi } from '@/server/api/catalogue';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.topics, ({ query }) => listTopicsForApi(query));

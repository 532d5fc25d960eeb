import { ENDPOINTS } from '@/lib/api/endpoints';
import { getTopicForApi } from '@/server/api/catalogue';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.topic, ({ path }) => getTopicForApi(path.slug));

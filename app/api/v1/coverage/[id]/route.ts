import { ENDPOINTS } from '@/lib/api/endpoints';
import { getCoverageForApi } from '@/server/api/meetings';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.coverage, ({ path }) => getCoverageForApi(path.id));

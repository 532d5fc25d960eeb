import { ENDPOINTS } from '@/lib/api/endpoints';
import { listCoverageForApi } from '@/server/api/meetings';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.coverageList, ({ query }) => listCoverageForApi(query));

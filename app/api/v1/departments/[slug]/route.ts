import { ENDPOINTS } from '@/lib/api/endpoints';
import { getDepartmentForApi } from '@/server/api/catalogue';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.department, ({ path }) => getDepartmentForApi(path.slug));

import { ENDPOINTS } from '@/lib/api/endpoints';
import { listMembersForApi } from '@/server/api/members';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.members, ({ query }) => listMembersForApi(query));

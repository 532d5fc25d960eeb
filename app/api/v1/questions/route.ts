import { ENDPOINTS } from '@/lib/api/endpoints';
import { listQuestionsForApi } from '@/server/api/questions';
import { apiRoute } from '@/server/api/respond';
import { questionSearchDeps } from '@/server/search/search-deps';

/** GET /api/v1/questions: the questions table's view, by cursor (server/api/questions.ts). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.questions, ({ url }) => listQuestionsForApi(url, questionSearchDeps()), { ownQuery: true });

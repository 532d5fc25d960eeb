import { ENDPOINTS } from '@/lib/api/endpoints';
import { getQuestionForApi } from '@/server/api/question-resource';
import { apiRoute } from '@/server/api/respond';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.question, ({ path }) => getQuestionForApi(path.id));

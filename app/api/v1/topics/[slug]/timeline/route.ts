import { ENDPOINTS } from '@/lib/api/endpoints';
import { TIMELINE_LIST_KEYS } from '@/lib/api/params';
import { apiRoute } from '@/server/api/respond';
import { timelineForApi } from '@/server/api/timelines';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(ENDPOINTS.topicTimeline, ({ query, path }) => timelineForApi(query, { topic: path.slug }), { listKeys: TIMELINE_LIST_KEYS });

/** API addresses of records (their site pages come from lib/routes.ts). */
export const API_BASE = '/api/v1';
export const apiPaths = {
  question: (id: number) => `${API_BASE}/questions/${id}`,
  member: (slug: string) => `${API_BASE}/members/${encodeURIComponent(slug)}`,
  department: (slug: string) => `${API_BASE}/departments/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `${API_BASE}/topics/${encodeURIComponent(slug)}`,
  meeting: (id: number) => `${API_BASE}/meetings/${id}`,
  coverage: (id: number) => `${API_BASE}/coverage/${id}`,
};

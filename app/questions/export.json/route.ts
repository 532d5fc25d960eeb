import { questionExportResponse } from '@/server/search/export-response';

/** Every question in the current view as JSON (columns: docs/export.md). */
export function GET(request: Request) {
  return questionExportResponse(request, 'json');
}

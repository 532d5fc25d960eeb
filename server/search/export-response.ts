import 'server-only';
import { siteBaseUrl } from '@/lib/site-url';
import { requireReader } from '@/server/auth/reader-gate';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { exportFileName, exportStream, type ExportFormat } from './question-export';
import { prepareView } from './question-search';
import { questionExportThreads, questionSearchDeps } from './search-deps';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function problem(format: ExportFormat, message: string): Response {
  const headers = { 'Cache-Control': 'no-store' };
  return format === 'json' ? Response.json({ error: message }, { status: 400, headers }) : new Response(`${message}\n`, { status: 400, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * GET /questions/export.csv|json?<the table's view>: every matching question, streamed. Paging
 * parameters are ignored (an export is the whole view); anything else invalid is a 400 with a message.
 */
export async function questionExportResponse(request: Request, format: ExportFormat): Promise<Response> {
  await requireReader();
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  params.delete('page');
  params.delete('size');
  const parsed = parseQuestionQuery(params);
  if (!parsed.ok) return problem(format, parsed.message);
  const deps = questionSearchDeps();
  const prepared = await prepareView(parsed.query, deps);
  if (!prepared.ok) return problem(format, prepared.message);
  // Links in the file point at the site's public address (PUBLIC_URL), else at the address this request came to.
  const options = { origin: siteBaseUrl(request) };
  // On a thread of low priority where the backend has one (SQLite), so readers' requests come first.
  const threads = questionExportThreads();
  const stream = threads ? threads.stream(prepared.view, deps.backend, format, options) : exportStream(prepared.view, deps.backend, format, options);
  return new Response(stream, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(format, prepared.view.plan.today)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

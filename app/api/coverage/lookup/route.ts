import { normaliseArticleUrl } from '@/lib/coverage-url';
import { coveragePath } from '@/lib/routes';
import { coverageLookupSchema } from '@/lib/validation/coverage-form';
import { requireRole } from '@/server/auth/session';
import { prisma } from '@/server/db';

/**
 * GET /api/coverage/lookup?url=…[&except=<id>]: the article already logged at this address (compared in
 * normal form), for the coverage form's "Already logged" offer. Reads only; for editors, as the form is.
 */
export async function GET(request: Request) {
  // 401 signed out, 403 without the editor role (the same check every staff page makes).
  await requireRole('editor');
  const params = new URL(request.url).searchParams;
  const parsed = coverageLookupSchema.safeParse({ url: params.get('url') ?? '', except: params.get('except') || undefined });
  if (!parsed.success) return Response.json({ error: parsed.error.issues.map((i) => i.message).join('; ') }, { status: 400 });
  const url = normaliseArticleUrl(parsed.data.url);
  const found = url
    ? await prisma.coverage.findFirst({ where: { url, ...(parsed.data.except ? { id: { not: parsed.data.except } } : {}) }, select: { id: true, headline: true, outlet: true } })
    : null;
  return Response.json({ article: found ? { ...found, href: coveragePath(found) } : null }, { headers: { 'Cache-Control': 'no-store' } });
}

import { suggestQuerySchema } from '@/lib/validation/suggest';
import { requireReader } from '@/server/auth/reader-gate';
import { prisma } from '@/server/db';
import { suggest } from '@/server/suggestions';

/** GET /api/suggest?kind=member&q=mor: type-ahead for the questions table's filter pickers. */
export async function GET(request: Request) {
  await requireReader();
  const url = new URL(request.url);
  const parsed = suggestQuerySchema.safeParse({ kind: url.searchParams.get('kind') ?? undefined, q: url.searchParams.get('q') ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((i) => i.message).join('; ') }, { status: 400 });
  }
  const results = await suggest(prisma, parsed.data.kind, parsed.data.q);
  return Response.json({ results }, { headers: { 'Cache-Control': 'no-store' } });
}

import { z } from '@/lib/validation/zod';
import { MAX_RECORD_ID, wholeNumberParam } from '@/lib/validation/number-param';
import { listAnswerVersionChoices } from '@/server/answers/answer-forms';
import { requireReader } from '@/server/auth/reader-gate';

const querySchema = z.object({ question: wholeNumberParam({ label: 'question', min: 1, max: MAX_RECORD_ID }) });

/** GET /api/answer-versions?question=<id>: a question's answer versions, for the meeting page's link picker. */
export async function GET(request: Request) {
  await requireReader();
  const parsed = querySchema.safeParse({ question: new URL(request.url).searchParams.get('question') ?? undefined });
  if (!parsed.success) return Response.json({ error: parsed.error.issues.map((i) => i.message).join('; ') }, { status: 400 });
  return Response.json({ versions: await listAnswerVersionChoices(parsed.data.question) }, { headers: { 'Cache-Control': 'no-store' } });
}

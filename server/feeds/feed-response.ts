import 'server-only';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from '@/lib/feeds/render-feed';
import { siteBaseUrl } from '@/lib/site-url';
import { parseQuestionKeyParams } from '@/lib/validation/question';
import { requireReader } from '@/server/auth/reader-gate';
import { departmentFeed, memberFeed, questionFeed, topicFeed, viewFeed, type FeedLoad } from './feed-data';

const signInRequired = readAuthSettings().signInRequired;

function problem(status: 400 | 404 | 503, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * A feed route's response: the reader gate first (SIGN_IN_REQUIRED), then the feed as XML with links
 * from PUBLIC_URL. Feed readers poll: a public feed may be kept five minutes by caches on the way (the
 * production server's page cache keeps it until the database changes); in sign-in-only mode, never.
 * A bad address is a 400 (or 404) in plain text saying what is wrong, never a 500.
 */
async function respond(request: Request, format: FeedFormat, load: () => Promise<FeedLoad>): Promise<Response> {
  await requireReader();
  const loaded = await load();
  if (!loaded.ok) return problem(loaded.status, loaded.message);
  const body = renderFeed(loaded.feed, siteBaseUrl(request), format);
  return new Response(body, {
    headers: {
      'Content-Type': FEED_CONTENT_TYPES[format],
      'Cache-Control': signInRequired ? 'private, no-store' : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

type Params<T> = { params: Promise<T> };

export const viewFeedRoute = (format: FeedFormat) => (request: Request) => respond(request, format, () => viewFeed(new URL(request.url).searchParams));

export const questionFeedRoute =
  (format: FeedFormat) =>
  (request: Request, { params }: Params<{ house: string; date: string; uin: string }>) =>
    respond(request, format, async () => {
      const { house, date, uin } = await params;
      let decoded = '';
      try {
        decoded = decodeURIComponent(uin);
      } catch {
        // not a UIN
      }
      const key = parseQuestionKeyParams({ house, date, uin: decoded });
      return key ? questionFeed(key) : { ok: false, status: 404, message: 'No such question: check the House, date tabled and UIN in the address.' };
    });

const bySlug = (find: (slug: string) => Promise<FeedLoad>) => (format: FeedFormat) => (request: Request, { params }: Params<{ slug: string }>) =>
  respond(request, format, async () => find(decodeURIComponent((await params).slug)));

export const memberFeedRoute = bySlug(memberFeed);
export const departmentFeedRoute = bySlug(departmentFeed);
export const topicFeedRoute = bySlug(topicFeed);

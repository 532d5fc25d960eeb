import { parseFeed } from 'htmlparser2';
// xml-js (sax in strict mode) is feed's own XML dependency: a strict parser, unlike htmlparser2.
import { xml2js } from 'xml-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { alertWorld, syncAnswer, syncQuestion, withdraw } from '@/test/alert-world';

let db: TestDatabase;
let world: Awaited<ReturnType<typeof alertWorld>>;
let questionId: number;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    process.env.PUBLIC_URL = 'https://answerable.example.org';
    world = await alertWorld(db.prisma);
    const q = await syncQuestion(db.prisma, { askingMemberId: world.member.id, departmentId: world.department.id, uin: '8024', dateTabled: '2025-03-03', heading: 'Drones & <b>procurement</b>' });
    questionId = q.id;
    await db.prisma.questionTopic.create({ data: { questionId: q.id, topicId: world.topic.id } });
    await syncAnswer(db.prisma, q.id, 'HOLDING', '2025-03-10', world.minister.id);
    const q2 = await syncQuestion(db.prisma, { askingMemberId: world.member.id, departmentId: world.department.id, uin: '8025', dateTabled: '2025-03-04', heading: 'Tanks' });
    await withdraw(db.prisma, q2.id, '2025-03-06');
  });
  afterAll(() => db.cleanup());

  /** Throws on anything that is not well-formed XML. */
  function strictXml(text: string): void {
    xml2js(text);
  }

  type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const ROUTES: Record<string, () => Promise<{ GET: Handler }>> = {
    '(question)/questions/[house]/[date]/[uin]/feed.atom': () => import('@/app/(question)/questions/[house]/[date]/[uin]/feed.atom/route') as Promise<{ GET: Handler }>,
    '(question)/questions/[house]/[date]/[uin]/feed.rss': () => import('@/app/(question)/questions/[house]/[date]/[uin]/feed.rss/route') as Promise<{ GET: Handler }>,
    'departments/[slug]/feed.atom': () => import('@/app/departments/[slug]/feed.atom/route') as Promise<{ GET: Handler }>,
    'members/[slug]/feed.atom': () => import('@/app/members/[slug]/feed.atom/route') as Promise<{ GET: Handler }>,
    'topics/[slug]/feed.rss': () => import('@/app/topics/[slug]/feed.rss/route') as Promise<{ GET: Handler }>,
    'questions/feed.atom': () => import('@/app/questions/feed.atom/route') as unknown as Promise<{ GET: Handler }>,
    'questions/feed.rss': () => import('@/app/questions/feed.rss/route') as unknown as Promise<{ GET: Handler }>,
  };

  async function get(route: string, url: string, params: Record<string, string> = {}) {
    const { GET } = await ROUTES[route]!();
    return GET(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
  }

  async function feedOf(route: string, url: string, params: Record<string, string> = {}) {
    const response = await get(route, url, params);
    expect(response.status).toBe(200);
    const text = await response.text();
    strictXml(text);
    const feed = parseFeed(text, { xmlMode: true });
    expect(feed).not.toBeNull();
    return { response, text, feed: feed! };
  }

  describe('feeds', () => {
    it('a question feed (Atom and RSS) lists its events with stable, unique ids and absolute links, and grows when an answer arrives', async () => {
      const params = { house: 'commons', date: '2025-03-03', uin: '8024' };
      const atom = await feedOf('(question)/questions/[house]/[date]/[uin]/feed.atom', '/questions/commons/2025-03-03/8024/feed.atom', params);
      expect(atom.response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(atom.feed.type).toBe('atom');
      expect(atom.feed.items.map((i) => i.title)).toEqual(['Holding answer from Maria Answerer', 'Tabled by Edwina Asker']);
      const ids = atom.feed.items.map((i) => i.id);
      expect(ids).toEqual([expect.stringMatching(/^tag:answerable\.example\.org,2025:answer-\d+$/), `tag:answerable.example.org,2025:question-${questionId}-tabled`]);
      expect(atom.feed.items[0]!.link).toBe('https://answerable.example.org/questions/commons/2025-03-03/8024#answer-1');
      expect(atom.text).toContain('Drones &amp; &lt;b&gt;procurement&lt;/b&gt;');

      const rss = await feedOf('(question)/questions/[house]/[date]/[uin]/feed.rss', '/questions/commons/2025-03-03/8024/feed.rss', params);
      expect(rss.feed.type).toBe('rss');
      expect(rss.feed.items.map((i) => i.id)).toEqual(ids);

      await syncAnswer(db.prisma, questionId, 'SUBSTANTIVE', '2025-03-14', world.minister.id);
      const after = await feedOf('(question)/questions/[house]/[date]/[uin]/feed.atom', '/questions/commons/2025-03-03/8024/feed.atom', params);
      const newIds = after.feed.items.map((i) => i.id);
      expect(newIds).toHaveLength(3);
      expect(after.feed.items[0]!.title).toBe('Answered by Maria Answerer');
      expect(newIds.slice(1)).toEqual(ids); // the events already seen keep their ids
      expect(new Set(newIds).size).toBe(3);
    });

    it('member, department and topic feeds, and a questions-table view, say what happened, withdrawals included', async () => {
      const dept = await feedOf('departments/[slug]/feed.atom', `/departments/${world.department.slug}/feed.atom`, { slug: world.department.slug });
      const titles = dept.feed.items.map((i) => i.title);
      expect(titles).toContain('Withdrawn: Tanks');
      expect(titles).toContain('Tabled: Drones & <b>procurement</b>');
      expect(titles.some((t) => t?.startsWith('Holding answer: '))).toBe(true);
      expect(new Set(dept.feed.items.map((i) => i.id)).size).toBe(dept.feed.items.length);

      const topic = await feedOf('topics/[slug]/feed.rss', '/topics/drones-topic/feed.rss', { slug: 'drones-topic' });
      expect(topic.feed.items.every((i) => !i.title?.includes('Tanks'))).toBe(true);
      const member = await feedOf('members/[slug]/feed.atom', `/members/${world.minister.slug}/feed.atom`, { slug: world.minister.slug });
      expect(member.feed.items.map((i) => i.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Holding answer: /)]));

      const view = await feedOf('questions/feed.atom', `/questions/feed.atom?q=drones&department=${world.department.slug}&page=2`);
      expect(view.feed.items.length).toBeGreaterThan(0);
      expect(view.feed.items.every((i) => i.title?.includes('Drones'))).toBe(true);
      expect(view.text).toContain(`href="https://answerable.example.org/questions?q=drones&amp;department=${world.department.slug}"`);
    });

    it('bad addresses get a 4xx with a message, never a 500', async () => {
      const bad = await get('questions/feed.atom', '/questions/feed.atom?status=nonsense&bogus=1');
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await bad.text()).toMatch(/not valid: .*Status.*unknown parameter “bogus”/);
      expect((await get('questions/feed.rss', '/questions/feed.rss?q=%22unclosed')).status).toBeLessThan(500);
      expect((await get('departments/[slug]/feed.atom', '/departments/nope/feed.atom', { slug: 'nope' })).status).toBe(404);
      expect((await get('(question)/questions/[house]/[date]/[uin]/feed.atom', '/x', { house: 'senate', date: '2025-99-99', uin: '%E0%A4%A' })).status).toBe(404);
    });
  });
});

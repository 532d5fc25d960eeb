import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import fc from 'fast-check';
import { createStoryWorld, type StoryWorld } from '@/test/fixtures/story-world';
import { createQuestion } from '@/test/factories';
import { openApiValidator } from '@/test/api/openapi-validator';

/**
 * The /api/v1 route handlers on a real SQLite database (the story world): every endpoint's answers,
 * errors included, checked against the generated OpenAPI document; cursor walks while rows are added;
 * conditional requests; parameter fuzzing. (e2e/api.spec.ts runs the same against the production server.)
 */
let db: TestDatabase;
let world: StoryWorld;
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes: Record<string, Handler> = {};
let validator: ReturnType<typeof openApiValidator>;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    process.env.API_RATE_LIMIT = '0';
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    const load = async (template: string, mod: Promise<{ GET: Handler }>) => (routes[template] = (await mod).GET);
    await Promise.all([
      load('/questions', import('@/app/api/v1/questions/route')),
      load('/questions/{id}', import('@/app/api/v1/questions/[id]/route')),
      load('/members', import('@/app/api/v1/members/route')),
      load('/members/{slug}', import('@/app/api/v1/members/[slug]/route')),
      load('/members/{slug}/timeline', import('@/app/api/v1/members/[slug]/timeline/route')),
      load('/departments', import('@/app/api/v1/departments/route')),
      load('/departments/{slug}', import('@/app/api/v1/departments/[slug]/route')),
      load('/departments/{slug}/timeline', import('@/app/api/v1/departments/[slug]/timeline/route')),
      load('/meetings', import('@/app/api/v1/meetings/route')),
      load('/meetings/{id}', import('@/app/api/v1/meetings/[id]/route')),
      load('/coverage', import('@/app/api/v1/coverage/route')),
      load('/coverage/{id}', import('@/app/api/v1/coverage/[id]/route')),
      load('/topics', import('@/app/api/v1/topics/route')),
      load('/topics/{slug}', import('@/app/api/v1/topics/[slug]/route')),
      load('/topics/{slug}/timeline', import('@/app/api/v1/topics/[slug]/timeline/route')),
      load('/timeline', import('@/app/api/v1/timeline/route')),
      load('/openapi.json', import('@/app/api/v1/openapi.json/route')),
    ]);
    const doc = await (await call('/openapi.json')).json();
    validator = openApiValidator(doc);
  });
  afterAll(() => db.cleanup());

  /** Calls the handler for `template` with path parameters filled in from `params`. */
  function call(template: string, options: { params?: Record<string, string>; query?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    const request = new Request(`http://localhost/api/v1${path}${options.query ? `?${options.query}` : ''}`, { headers: options.headers });
    return routes[template]!(request, { params: Promise.resolve(options.params ?? {}) });
  }

  async function checked(template: string, options: Parameters<typeof call>[1] = {}) {
    const response = await call(template, options);
    const body = response.status === 304 ? null : await response.json();
    expect(validator.check(template, response.status, body), `${template} ${options.query ?? ''} → ${response.status}`).toEqual([]);
    return { response, body };
  }

  describe('/api/v1 against its OpenAPI document', () => {
    it('answers every endpoint with documented JSON', async () => {
      const q = world.seed.question;
      const cases: [string, Parameters<typeof call>[1]][] = [
        ['/questions', {}],
        ['/questions', { query: 'q=talks&status=answered&limit=5' }],
        ['/questions/{id}', { params: { id: String(q.id) } }],
        ['/members', { query: 'house=commons' }],
        ['/members/{slug}', { params: { slug: world.members.eagle.slug } }],
        ['/members/{slug}/timeline', { params: { slug: world.members.eagle.slug } }],
        ['/departments', {}],
        ['/departments/{slug}', { params: { slug: world.departments.mod.slug } }],
        ['/departments/{slug}/timeline', { params: { slug: world.departments.mod.slug }, query: 'kind=tabled,answered&order=oldest' }],
        ['/meetings', { query: 'from=2025-03-01' }],
        ['/meetings/{id}', { params: { id: String(world.seed.paris.id) } }],
        ['/coverage', { query: `question=${q.id}` }],
        ['/coverage/{id}', { params: { id: String(world.seed.article.id) } }],
        ['/topics', {}],
        ['/topics/{slug}', { params: { slug: world.topics.topic.slug } }],
        ['/topics/{slug}/timeline', { params: { slug: world.topics.topic.slug } }],
        ['/timeline', { query: `topic=${world.topics.topic.slug}&limit=2` }],
      ];
      for (const [template, options] of cases) {
        const { response, body } = await checked(template, options);
        expect(response.status, template).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(response.headers.get('etag')).toMatch(/^W\/".+"$/);
        expect(response.headers.get('last-modified')).toBeTruthy();
        if ('data' in body) expect(body.data.length, template).toBeGreaterThan(0);
      }
    });

    it('gives the whole question: versions, meetings, coverage, topics, timeline and every stored field', async () => {
      const { body } = await checked('/questions/{id}', { params: { id: String(world.seed.question.id) } });
      const stored = await db.prisma.question.findUniqueOrThrow({ where: { id: world.seed.question.id } });
      expect(body).toMatchObject({ id: stored.id, parliamentId: stored.parliamentId, uin: stored.uin, heading: stored.heading, text: stored.text, source: stored.source, sourceNote: stored.sourceNote });
      expect(body.createdAt).toBe(stored.createdAt.toISOString());
      expect(body.answers[0]).toMatchObject({ sequence: 1, kind: 'SUBSTANTIVE', textPlain: 'Regular talks.', unreportedFields: ['answeredOn'] });
      expect(body.coverage.map((c: { id: number }) => c.id)).toEqual([world.seed.article.id]);
      expect(body.topics.map((t: { slug: string }) => t.slug)).toContain(world.topics.topic.slug);
      expect(body.timeline.map((e: { kind: string }) => e.kind)).toContain('answered');
    });

    it('answers errors as documented JSON with stable codes', async () => {
      const errors: [string, Parameters<typeof call>[1], number, string][] = [
        ['/questions', { query: 'status=lost' }, 400, 'invalid_parameter'],
        ['/questions', { query: 'page=2' }, 400, 'invalid_parameter'],
        ['/questions', { query: 'limit=101' }, 400, 'invalid_parameter'],
        ['/questions', { query: 'cursor=bogus' }, 400, 'invalid_cursor'],
        ['/questions', { query: 'q=%22unclosed' }, 200, ''],
        ['/questions/{id}', { params: { id: 'abc' } }, 400, 'invalid_parameter'],
        ['/questions/{id}', { params: { id: '999999' } }, 404, 'not_found'],
        ['/members', { query: 'colour=red' }, 400, 'invalid_parameter'],
        ['/members/{slug}', { params: { slug: 'nobody-at-all' } }, 404, 'not_found'],
        ['/timeline', { query: 'from=2025-13-45' }, 400, 'invalid_parameter'],
        ['/timeline', { query: 'member=nobody-at-all' }, 404, 'not_found'],
        // One number parser (lib/validation/number-param.ts): hexadecimal and exponents are not numbers here.
        ['/questions', { query: 'limit=0x10' }, 400, 'invalid_parameter'],
        ['/members', { query: 'limit=1e1' }, 400, 'invalid_parameter'],
        ['/questions/{id}', { params: { id: '0x10' } }, 400, 'invalid_parameter'],
        ['/coverage', { query: 'question=0x1' }, 400, 'invalid_parameter'],
        // The search caps answer as every bad parameter does.
        ['/questions', { query: `q=${encodeURIComponent('pro* con* dep* gov* min* sec* sta* ass* rep*')}` }, 400, 'invalid_parameter'],
      ];
      for (const [template, options, status, code] of errors) {
        const { response, body } = await checked(template, options);
        expect(response.status, `${template} ${options?.query ?? JSON.stringify(options?.params)}`).toBe(status);
        if (code) expect(body.error.code).toBe(code);
        if (code) expect(body.error.message.length).toBeGreaterThan(10);
      }
    });
  });

  describe('paging', () => {
    it('walks every question exactly once while questions are added between pages', async () => {
      const { demoMp } = world.members;
      const before = await db.prisma.question.findMany({ select: { id: true } });
      const seen: number[] = [];
      let cursor: string | null = null;
      let added = 0;
      do {
        const { body } = await checked('/questions', { query: `limit=3${cursor ? `&cursor=${cursor}` : ''}` });
        seen.push(...body.data.map((q: { id: number }) => q.id));
        cursor = body.nextCursor;
        // New questions tabled today and long ago land both before and after the walk's position.
        for (const dateTabled of ['2026-01-01', '2024-01-01']) {
          await createQuestion(db.prisma, { askingMemberId: demoMp.id, departmentId: world.departments.mod.id, dateTabled, dateDue: dateTabled });
          added++;
        }
      } while (cursor);
      expect(added).toBeGreaterThan(2);
      expect(seen.length).toBe(new Set(seen).size);
      expect(new Set(seen)).toEqual(new Set(before.map((q) => q.id)));
    });

    it('walks a record list once, new records coming at the end, and refuses a cursor from another list', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let n = 0;
      do {
        const { body } = await checked('/topics', { query: `limit=1${cursor ? `&cursor=${cursor}` : ''}` });
        seen.push(...body.data.map((t: { id: number }) => t.id));
        cursor = body.nextCursor;
        if (n++ < 2) await db.prisma.topic.create({ data: { slug: `api-paging-${n}`, name: `API paging ${n}` } });
      } while (cursor);
      const all = await db.prisma.topic.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
      expect(seen).toEqual(all.map((t) => t.id));

      const first = (await checked('/questions', { query: 'limit=1' })).body;
      const { response, body } = await checked('/questions', { query: `limit=1&status=overdue&cursor=${first.nextCursor}` });
      expect(response.status).toBe(400);
      expect(body.error.code).toBe('invalid_cursor');
    });
  });

  describe('conditional requests', () => {
    it('answers 304 to If-None-Match and If-Modified-Since while nothing changed, 200 after a change', async () => {
      const first = await call('/departments');
      const etag = first.headers.get('etag')!;
      expect((await call('/departments', { headers: { 'If-None-Match': etag } })).status).toBe(304);
      const modified = (await call('/departments')).headers.get('last-modified')!;
      const status = (await call('/departments', { headers: { 'If-Modified-Since': modified } })).status;
      expect(status).toBe(304);
      expect((await call('/departments', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
      await db.prisma.department.update({ where: { id: world.departments.treasury.id }, data: { shortName: 'HMT!' } });
      const after = await call('/departments', { headers: { 'If-None-Match': etag } });
      expect(after.status).toBe(200);
      expect((await call('/departments', { headers: { 'If-Modified-Since': modified } })).status).toBe(200);
    });
  });

  describe('bad parameters', () => {
    const templates = ['/questions', '/members', '/meetings', '/coverage', '/timeline', '/topics/{slug}/timeline'];
    const text = fc.string({ unit: fc.constantFrom(...'aé"()*:-,=&%+ 0123456789-_.zZ\u0000\uFFFF😀'.split('')), maxLength: 30 });
    const name = fc.constantFrom('q', 'house', 'member', 'status', 'sort', 'dir', 'limit', 'cursor', 'from', 'to', 'kind', 'order', 'question', 'tabledFrom', 'size', 'namedDay', 'x');

    it('are always a 4xx JSON with a message, or a documented 200 — never a 500', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...templates), fc.array(fc.tuple(name, text), { maxLength: 4 }), async (template, pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const { response, body } = await checked(template, { query, params: { slug: world.topics.topic.slug } });
          expect([200, 400, 404]).toContain(response.status);
          if (response.status !== 200) expect(body.error.message).toBeTruthy();
        }),
        { numRuns: 150 },
      );
    });
  });
});

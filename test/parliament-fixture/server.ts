/**
 * A local stand-in for the Written Questions and Members APIs (plain node:http on 127.0.0.1, port 0),
 * answering in their exact shapes: the list endpoint pages with skip/take/totalResults, filters by the
 * parameters the sync uses and truncates long texts to ~255 characters ending "..." as the live API does;
 * the per-question endpoint gives the full text; the Members API answers 404 for a member it does not know.
 * Tests change the data between runs and script failures (a 500, a hang) per path. Used by the unit tests,
 * the e2e suite and `npm run bench:sync`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_BODIES, type FixtureAnsweringBody, type FixtureMember, type FixtureQuestion } from './records';

const LIST_PATH = '/api/writtenquestions/questions';
const TRUNCATE_AT = 255;

export interface Failure {
  /** Matched against the request's path (`/api/writtenquestions/questions/123`, `/api/Members/4001`). */
  path: RegExp;
  kind: '500' | 'hang' | 'malformed-json';
  /** How many matching requests fail before they succeed again. */
  times: number;
}

export interface FixtureUrls {
  questionsUrl: string;
  membersUrl: string;
}

export class ParliamentFixture {
  /** Questions as records (anything: a malformed record is just an object that fails validation). */
  private questions = new Map<number, FixtureQuestion>();
  private sorted: FixtureQuestion[] | null = null;
  private filtered = new Map<string, FixtureQuestion[]>();
  members = new Map<number, FixtureMember>();
  bodies: FixtureAnsweringBody[] = [...FIXTURE_BODIES];
  failures: Failure[] = [];
  /** Every request's path and query, for tests that check what the sync asked. */
  requests: string[] = [];
  logRequests = true;
  private server: http.Server | null = null;
  private hanging = new Set<http.ServerResponse>();

  setQuestions(records: Iterable<FixtureQuestion>): void {
    for (const record of records) this.questions.set(record.id, record);
    this.invalidate();
  }
  removeQuestion(id: number): void {
    this.questions.delete(id);
    this.invalidate();
  }
  question(id: number): FixtureQuestion | undefined {
    return this.questions.get(id);
  }
  setMembers(members: Iterable<FixtureMember>): void {
    for (const m of members) this.members.set(m.id, m);
  }
  fail(path: RegExp, kind: Failure['kind'], times = 1): void {
    this.failures.push({ path, kind, times });
  }

  private invalidate() {
    this.sorted = null;
    this.filtered.clear();
  }

  /** Listens on 127.0.0.1 at `listenOn` (0: any free port). */
  async start(listenOn = 0): Promise<FixtureUrls> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(listenOn, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return { questionsUrl: `http://127.0.0.1:${port}/api`, membersUrl: `http://127.0.0.1:${port}/members/api` };
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fixture');
    if (this.logRequests) this.requests.push(url.pathname + url.search);
    const failure = this.failures.find((f) => f.times > 0 && f.path.test(url.pathname));
    if (failure) {
      failure.times--;
      if (failure.kind === 'hang') {
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      }
      if (failure.kind === '500') return send(res, 500, { type: 'https://tools.ietf.org/html/rfc7231#section-6.6.1', title: 'An error occurred while processing your request.', status: 500 });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"totalResults": 3, "results": [');
    }
    const path = url.pathname;
    if (path === LIST_PATH) return send(res, 200, this.list(url.searchParams));
    const byId = /^\/api\/writtenquestions\/questions\/(\d+)$/.exec(path);
    if (byId) {
      const q = this.questions.get(Number(byId[1]));
      return q ? send(res, 200, { value: this.expand(q, url.searchParams), links: links(q.id) }) : send(res, 404, notFound());
    }
    const byUin = /^\/api\/writtenquestions\/questions\/(\d{4}-\d{2}-\d{2})\/([^/]+)$/.exec(path);
    if (byUin) {
      const q = this.all().find((r) => String(r.dateTabled).startsWith(byUin[1]!) && r.uin === decodeURIComponent(byUin[2]!));
      return q ? send(res, 200, { value: this.expand(q, url.searchParams), links: links(q.id) }) : send(res, 404, notFound());
    }
    const member = /^\/members\/api\/Members\/(\d+)$/.exec(path);
    if (member) {
      const m = this.members.get(Number(member[1]));
      return m ? send(res, 200, { value: m, links: [{ rel: 'self', href: `/Members/${m.id}`, method: 'GET' }] }) : send(res, 404, notFound());
    }
    if (path === '/members/api/Reference/AnsweringBodies') {
      const contains = url.searchParams.get('nameContains')?.toLowerCase();
      return send(res, 200, this.bodies.filter((b) => !contains || b.name.toLowerCase().includes(contains)).map((b) => ({ value: b, links: [] })));
    }
    send(res, 404, notFound());
  }

  private all(): FixtureQuestion[] {
    this.sorted ??= [...this.questions.values()].sort((a, b) => String(a.dateTabled).localeCompare(String(b.dateTabled)) || a.id - b.id);
    return this.sorted;
  }

  private list(params: URLSearchParams) {
    const skip = Math.max(0, Number(params.get('skip') ?? 0) || 0);
    const take = Math.max(0, Number(params.get('take') ?? 20) || 20);
    const key = [...params.entries()].filter(([k]) => k !== 'skip' && k !== 'take').map(([k, v]) => `${k}=${v}`).sort().join('&');
    let matches = this.filtered.get(key);
    if (!matches) {
      matches = this.all().filter((q) => matchesFilters(q, params));
      this.filtered.set(key, matches);
    }
    const results = matches.slice(skip, skip + take).map((q) => ({ value: truncated(this.expand(q, params)), links: links(q.id) }));
    return { totalResults: matches.length, results };
  }

  /** `expandMember=true` fills the member objects from the Members data, as the API does. */
  private expand(q: FixtureQuestion, params: URLSearchParams): FixtureQuestion {
    if (params.get('expandMember') !== 'true') return q;
    const summary = (id: unknown) => {
      const m = typeof id === 'number' ? this.members.get(id) : undefined;
      return m
        ? { id: m.id, name: m.nameDisplayAs, listAs: m.nameListAs, party: m.latestParty?.name ?? null, partyAbbreviation: m.latestParty?.abbreviation ?? null, partyColour: m.latestParty?.backgroundColour ?? null, memberFrom: m.latestHouseMembership.membershipFrom, thumbnailUrl: m.thumbnailUrl }
        : null;
    };
    return { ...q, askingMember: summary(q.askingMemberId), answeringMember: summary(q.answeringMemberId), correctingMember: summary(q.correctingMemberId) };
  }
}

function dateOnly(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 10) : null;
}

function matchesFilters(q: FixtureQuestion, params: URLSearchParams): boolean {
  const tabled = dateOnly(q.dateTabled) ?? '';
  const from = params.get('tabledWhenFrom');
  const to = params.get('tabledWhenTo');
  if (from && tabled < from) return false;
  if (to && tabled > to) return false;
  const house = params.get('house');
  if (house && house !== 'Bicameral' && q.house !== house) return false;
  const bodies = params.getAll('answeringBodies').map(Number);
  if (bodies.length && !bodies.includes(Number(q.answeringBodyId))) return false;
  const answeredFrom = params.get('answeredWhenFrom');
  if (answeredFrom && !((dateOnly(q.dateAnswered) ?? '') >= answeredFrom)) return false;
  const correctedFrom = params.get('correctedWhenFrom');
  if (correctedFrom && !((dateOnly(q.dateAnswerCorrected) ?? '') >= correctedFrom)) return false;
  if (params.get('includeWithdrawn') !== 'true' && q.isWithdrawn === true) return false;
  return true;
}

const TEXT_FIELDS = ['questionText', 'answerText', 'originalAnswerText', 'comparableAnswerText'];

/** The list endpoint's copy: long texts cut to ~255 characters ending "...", with no flag saying so. */
function truncated(q: FixtureQuestion): FixtureQuestion {
  let copy: FixtureQuestion | null = null;
  for (const field of TEXT_FIELDS) {
    const value = q[field];
    if (typeof value === 'string' && value.length > TRUNCATE_AT) {
      copy ??= { ...q };
      copy[field] = `${value.slice(0, TRUNCATE_AT)}...`;
    }
  }
  return copy ?? q;
}

const links = (id: number) => [{ rel: 'self', href: `/Questions/${id}`, method: 'GET' }];
const notFound = () => ({ type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', title: 'Not Found', status: 404 });

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

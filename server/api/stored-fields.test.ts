import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { Prisma } from '@/generated/prisma/client';
import { parseUnreportedFields } from '@/lib/unreported-fields';
import { createStoryWorld, type StoryWorld } from '@/test/fixtures/story-world';

/**
 * Nothing stored is lost on the way out: every column of Question, AnswerVersion, Attachment and
 * Member (read from the generated client, so a column added later — by the Parliament sync — makes
 * this fail until the API returns it) comes back from /api/v1 with the stored value.
 */
let db: TestDatabase;
let world: StoryWorld;
let api: typeof import('./question-resource');
let members: typeof import('./members');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    process.env.API_RATE_LIMIT = '0';
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    api = await import('./question-resource');
    members = await import('./members');
  });
  afterAll(() => db.cleanup());

  /** How a stored value appears in JSON: calendar dates as YYYY-MM-DD, instants in full, unreportedFields as a list. */
  function expected(field: string, value: unknown, calendar: readonly string[]): unknown {
    if (value instanceof Date) return calendar.includes(field) ? value.toISOString().slice(0, 10) : value.toISOString();
    if (field === 'unreportedFields') return parseUnreportedFields(value as string | null);
    return value;
  }

  /** Foreign keys come back as the linked record (slug, name, links); the record's own parent is the enclosing object. */
  const LINKED = new Set(['askingMemberId', 'departmentId', 'answeringMemberId', 'partyId', 'questionId', 'answerId', 'memberId']);

  function expectEveryField(model: Record<string, string>, stored: Record<string, unknown>, json: Record<string, unknown>, calendar: readonly string[]) {
    for (const field of Object.keys(model)) {
      if (LINKED.has(field)) continue;
      expect(json, `${field} is returned`).toHaveProperty(field);
      expect(json[field], field).toEqual(expected(field, stored[field], calendar));
    }
  }

  describe('every stored field comes back out', () => {
    it('for a question, its answer versions and their attachments', async () => {
      const id = world.seed.question.id;
      const answer = await db.prisma.answerVersion.findFirstOrThrow({ where: { questionId: id } });
      await db.prisma.attachment.create({ data: { answerId: answer.id, title: 'Annex A', url: 'https://example.org/annex.pdf', fileType: 'pdf', sizeBytes: 1234 } });
      await db.prisma.question.update({ where: { id }, data: { parliamentId: 1_234_567, sourceNote: 'From the article.', memberHasInterest: true } });
      const stored = await db.prisma.question.findUniqueOrThrow({ where: { id }, include: { answers: { include: { attachments: true } } } });
      const json = (await api.getQuestionForApi(id)) as unknown as Record<string, unknown> & { answers: Record<string, unknown>[] };

      expectEveryField(Prisma.QuestionScalarFieldEnum, stored, json, ['dateTabled', 'dateDue', 'dateAnswered']);
      expect(stored.answers.length).toBeGreaterThan(0);
      for (const version of stored.answers) {
        const out = json.answers.find((a) => a.id === version.id)!;
        expectEveryField(Prisma.AnswerVersionScalarFieldEnum, version, out, ['answeredOn']);
        const files = out.attachments as Record<string, unknown>[];
        expect(files).toHaveLength(version.attachments.length);
        version.attachments.forEach((file, i) => expectEveryField(Prisma.AttachmentScalarFieldEnum, file, files[i]!, []));
      }
    });

    it('for a member, and their posts', async () => {
      const stored = await db.prisma.member.findUniqueOrThrow({ where: { id: world.members.eagle.id }, include: { roles: true, party: true } });
      const json = (await members.getMemberForApi(stored.slug)) as unknown as Record<string, unknown> & { roles: Record<string, unknown>[] };
      expectEveryField(Prisma.MemberScalarFieldEnum, stored, json, []);
      expect((json.party as { name: string } | null)?.name ?? null).toBe(stored.party?.name ?? null);
      expect(stored.roles.length).toBeGreaterThan(0);
      for (const role of stored.roles) {
        expectEveryField(Prisma.MemberRoleScalarFieldEnum, role, json.roles.find((r) => r.id === role.id)!, ['startDate', 'endDate']);
      }
    });
  });
});

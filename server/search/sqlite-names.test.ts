import { describe, expect, it } from 'vitest';
import { setUpSearchTestDb } from '@/test/search-test-db';
import { prismaNameResolver } from './resolve-filters';
import { sqliteNameResolver } from './sqlite-names';

const db = setUpSearchTestDb();
const bySlug = <T extends { slug: string }>(rows: T[]) => [...rows].sort((a, b) => a.slug.localeCompare(b.slug));

describe('sqliteNameResolver', () => {
  it('finds what the Prisma lookups find, and nothing for an address no record has', async () => {
    const sqlite = sqliteNameResolver(db.backend.db);
    const prisma = prismaNameResolver(db.temp.prisma);
    const members = (await db.temp.prisma.member.findMany({ select: { slug: true } })).map((m) => m.slug);
    const departments = (await db.temp.prisma.department.findMany({ select: { slug: true } })).map((d) => d.slug);
    const topics = (await db.temp.prisma.topic.findMany({ select: { slug: true } })).map((t) => t.slug);
    expect(members.length * departments.length * topics.length).toBeGreaterThan(0);
    for (const slugs of [members, members.slice(0, 1), [...members.slice(0, 2), 'no-such-member'], ['no-such-member'], []]) {
      expect(bySlug(await sqlite.members(slugs))).toEqual(bySlug(await prisma.members(slugs)));
    }
    expect(bySlug(await sqlite.departments([...departments, 'nowhere']))).toEqual(bySlug(await prisma.departments(departments)));
    expect(bySlug(await sqlite.topics(topics))).toEqual(bySlug(await prisma.topics(topics)));
    expect(bySlug(await sqlite.parties())).toEqual(bySlug(await prisma.parties()));
    expect(await sqlite.members(['edward-morello'])).toEqual([expect.objectContaining({ slug: 'edward-morello', name: 'Edward Morello' })]);
  });

  it('treats an address as text, never as SQL or JSON syntax', async () => {
    const sqlite = sqliteNameResolver(db.backend.db);
    expect(await sqlite.members(['"]', "x' OR '1'='1", '%', '[1]'])).toEqual([]);
  });
});

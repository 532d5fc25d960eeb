import type { SearchPlan } from './types';

/**
 * ORDER BY for the sorts on the question's own columns, the same text on SQLite and PostgreSQL (both
 * quote names with "" and know NULLS LAST): one rule for how the table orders, so the two databases'
 * searches (sqlite-search-sql.ts, postgres-search-sql.ts) and their exports cannot drift apart. Ties
 * end on id, so pages never overlap. Null for the status sort, which each database writes with its own
 * parameters.
 */
export function columnSortOrder(plan: Pick<SearchPlan, 'sort' | 'dir'>): { joins: string; order: string } | null {
  const d = plan.dir === 'asc' ? 'ASC' : 'DESC';
  const plain = (order: string) => ({ joins: '', order });
  switch (plan.sort) {
    case 'relevance':
    case 'dateTabled':
      return plain(`q."dateTabled" ${d}, q."id" ${d}`);
    case 'dateAnswered':
      // Unanswered questions have no date: last either way, so "newest answers" starts with answers.
      return plain(`q."dateAnswered" ${d} NULLS LAST, q."dateTabled" DESC, q."id" ${d}`);
    case 'dateDue':
      return plain(`q."dateDue" ${d}, q."id" ${d}`);
    case 'uin':
      // Text sorts follow the database's collation (docs/postgresql.md), which keeps them on their indexes.
      return plain(`q."uin" ${d}, q."house" ASC, q."dateTabled" ${d}, q."id" ${d}`);
    case 'daysToAnswer':
      return plain(`q."daysToAnswer" ${d} NULLS LAST, q."dateTabled" DESC, q."id" ${d}`);
    case 'member':
      return { joins: 'JOIN "Member" sm ON sm."id" = q."askingMemberId"', order: `sm."listName" ${d}, q."askingMemberId" ${d}, q."dateTabled" DESC, q."id" ${d}` };
    case 'department':
      return { joins: 'JOIN "Department" sd ON sd."id" = q."departmentId"', order: `sd."name" ${d}, q."departmentId" ${d}, q."dateTabled" DESC, q."id" ${d}` };
    case 'status':
      return null;
  }
}

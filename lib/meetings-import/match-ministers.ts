/**
 * Who a release's "Minister" is: the member whose name matches, and the post they held on the meeting's
 * date, read with the app's one rule for that (roleOnDate, lib/member-roles.ts) so an imported meeting
 * names the same post as the minister's answers do. Nothing is guessed: a name no member has, or one that
 * several members share with nothing to tell them apart, is reported as not matched.
 */
import { roleOnDate, type DatedRole } from '@/lib/member-roles';
import { nameCandidates, normaliseName, peerShortName } from './minister-names';
import type { ReleaseDate } from './release-dates';

export interface CandidateMember {
  id: number;
  displayName: string;
  slug: string;
  roles: DatedRole[];
}

export type MinisterMatch =
  | { status: 'matched'; member: { id: number; displayName: string; slug: string }; roleTitle: string | null }
  | { status: 'unmatched'; reason: string };

/** Members indexed by normalised name, and by a peer's name without its territorial part. */
export class MemberIndex {
  private readonly byName = new Map<string, CandidateMember[]>();
  private readonly byPeerShort = new Map<string, CandidateMember[]>();

  constructor(members: CandidateMember[]) {
    for (const member of members) {
      const name = normaliseName(member.displayName);
      push(this.byName, name, member);
      const short = peerShortName(name);
      if (short) push(this.byPeerShort, short, member);
    }
  }

  /** Members whose name is the cell's (or, for a peer named without "of …", whose short name is). */
  find(cell: string): CandidateMember[] {
    const candidates = nameCandidates(cell);
    for (const name of candidates) {
      const found = this.byName.get(name) ?? this.byPeerShort.get(name) ?? this.byName.get(peerShortName(name) ?? '');
      if (found?.length) return found;
    }
    return [];
  }
}

function push(map: Map<string, CandidateMember[]>, key: string, member: CandidateMember) {
  const list = map.get(key);
  if (list) list.push(member);
  else map.set(key, [member]);
}

/** The post held on the date; for a month-only date, on its first day, else its last. */
export function roleForDate(roles: DatedRole[], when: ReleaseDate, departmentId: number | null): string | null {
  const first = roleOnDate(roles, when.date, departmentId);
  if (first || when.precision === 'DAY') return first;
  const last = new Date(Date.UTC(when.date.getUTCFullYear(), when.date.getUTCMonth() + 1, 0));
  return roleOnDate(roles, last, departmentId);
}

const heldIn = (m: CandidateMember, when: ReleaseDate, departmentId: number) =>
  roleForDate(m.roles.filter((r) => r.departmentId === departmentId), when, departmentId) !== null;

/**
 * Matches one Minister cell on one date. Several members with the name are told apart by who held a post
 * in the release's department on the date, then by who held any post; still several → not matched.
 */
export function matchMinister(index: MemberIndex, cell: string, when: ReleaseDate, departmentId: number | null): MinisterMatch {
  let found = index.find(cell);
  if (found.length === 0) return { status: 'unmatched', reason: 'No member has this name' };
  if (found.length > 1 && departmentId !== null) {
    const inDepartment = found.filter((m) => heldIn(m, when, departmentId));
    if (inDepartment.length) found = inDepartment;
  }
  if (found.length > 1) {
    const inPost = found.filter((m) => roleForDate(m.roles, when, departmentId) !== null);
    if (inPost.length) found = inPost;
  }
  if (found.length > 1) return { status: 'unmatched', reason: `${found.length} members have this name (${found.map((m) => m.slug).join(', ')}) and nothing tells them apart` };
  const member = found[0]!;
  return { status: 'matched', member: { id: member.id, displayName: member.displayName, slug: member.slug }, roleTitle: roleForDate(member.roles, when, departmentId) };
}

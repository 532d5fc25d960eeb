/**
 * Members, parties and departments for the sync, by their Parliament ids. The Members API is asked about a
 * member once per run (before the write transaction, never inside it); the rows are created inside the
 * batch's transaction, so a killed run leaves no member without the question that brought it. A member the
 * Members API does not know (404) becomes a clearly labelled placeholder, never a crash.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import type { ApiAnsweringBody, ApiMember } from '@/lib/parliament/schemas';
import { slugify } from '@/lib/search/slugify';

type Tx = Prisma.TransactionClient;

/** Where members and answering bodies come from (the sync's worker: server/parliament/sync-source.ts). */
export interface MemberSource {
  getMember(id: number): Promise<ApiMember | null>;
  answeringBodies(): Promise<ApiAnsweringBody[]>;
}

/** The name a member the Members API does not know is stored under. */
export const placeholderMemberName = (parliamentId: number) => `Unknown member ${parliamentId} (not found in Parliament’s Members API)`;

export class References {
  private members = new Map<number, number>();
  /** Placeholders stored by an earlier run (Parliament id → member id): asked about again once per run. */
  private placeholders = new Map<number, number>();
  private departments = new Map<number, number>();
  /** Fetched from the Members API but not yet written (null: the API does not know them). */
  private fetched = new Map<number, Promise<ApiMember | null>>();
  private bodies = new Map<number, ApiAnsweringBody>();

  constructor(private client: MemberSource) {}

  /** Loads the stored Parliament ids and the answering bodies' short names (best effort). */
  async load(db: PrismaClient, onWarning: (message: string) => void): Promise<void> {
    const [members, departments] = await Promise.all([
      db.member.findMany({ where: { parliamentId: { not: null } }, select: { id: true, parliamentId: true, displayName: true } }),
      db.department.findMany({ where: { parliamentId: { not: null } }, select: { id: true, parliamentId: true } }),
    ]);
    for (const m of members) {
      if (m.displayName === placeholderMemberName(m.parliamentId!)) this.placeholders.set(m.parliamentId!, m.id);
      else this.members.set(m.parliamentId!, m.id);
    }
    for (const d of departments) this.departments.set(d.parliamentId!, d.id);
    try {
      for (const body of await this.client.answeringBodies()) this.bodies.set(body.id, body);
    } catch (error) {
      onWarning(`answering bodies' short names unavailable (${(error as Error).message}); full names used`);
    }
  }

  /** Starts fetching every member not stored yet (the politeness limit applies); resolves when all are in. */
  async prefetchMembers(parliamentIds: Iterable<number>): Promise<void> {
    const pending: Promise<unknown>[] = [];
    for (const id of parliamentIds) {
      if (this.members.has(id)) continue;
      let p = this.fetched.get(id);
      if (!p) {
        p = this.client.getMember(id);
        this.fetched.set(id, p);
        // A failed request is not "unknown member": forget it so the next batch asks again.
        p.catch(() => this.fetched.delete(id));
      }
      pending.push(p);
    }
    await Promise.all(pending);
  }

  /**
   * Inside the batch's transaction: the stored ids for these members and departments, creating the missing
   * ones. Returns a commit callback that makes the new ids known once the transaction has committed.
   */
  async ensure(tx: Tx, members: Map<number, House>, departments: Map<number, string>): Promise<{ member: (id: number) => number; department: (id: number) => number; commit: () => void }> {
    const newMembers = new Map<number, number>();
    const newDepartments = new Map<number, number>();
    for (const [parliamentId, house] of members) {
      if (this.members.has(parliamentId)) continue;
      const placeholder = this.placeholders.get(parliamentId);
      if (placeholder !== undefined) {
        // Known only as a placeholder: if the Members API knows the member now, the placeholder becomes them.
        const api = await (this.fetched.get(parliamentId) ?? this.client.getMember(parliamentId));
        if (api) await tx.member.update({ where: { id: placeholder }, data: await this.memberFields(tx, parliamentId, api, house) });
        newMembers.set(parliamentId, placeholder);
        continue;
      }
      const existing = await tx.member.findUnique({ where: { parliamentId }, select: { id: true } });
      const api = existing ? null : await (this.fetched.get(parliamentId) ?? this.client.getMember(parliamentId));
      newMembers.set(parliamentId, existing?.id ?? (await this.createMember(tx, parliamentId, api, house)));
    }
    for (const [parliamentId, name] of departments) {
      if (this.departments.has(parliamentId)) continue;
      newDepartments.set(parliamentId, await this.ensureDepartment(tx, parliamentId, name));
    }
    const get = (stored: Map<number, number>, fresh: Map<number, number>, what: string) => (id: number) => {
      const found = fresh.get(id) ?? stored.get(id);
      if (found === undefined) throw new Error(`${what} ${id} was not prepared`);
      return found;
    };
    return {
      member: get(this.members, newMembers, 'Member'),
      department: get(this.departments, newDepartments, 'Answering body'),
      commit: () => {
        for (const [k, v] of newMembers) {
          this.members.set(k, v);
          this.placeholders.delete(k);
        }
        for (const [k, v] of newDepartments) this.departments.set(k, v);
      },
    };
  }

  private async createMember(tx: Tx, parliamentId: number, api: ApiMember | null, house: House): Promise<number> {
    if (!api) {
      const name = placeholderMemberName(parliamentId);
      const created = await tx.member.create({
        data: { parliamentId, displayName: name, listName: name, slug: await freeSlug(tx, `unknown-member-${parliamentId}`, parliamentId), house, source: 'PARLIAMENT' },
        select: { id: true },
      });
      return created.id;
    }
    const created = await tx.member.create({ data: { parliamentId, ...(await this.memberFields(tx, parliamentId, api, house)) }, select: { id: true } });
    return created.id;
  }

  /** A member's columns from the Members API's record (party created if new). */
  private async memberFields(tx: Tx, parliamentId: number, api: ApiMember, house: House) {
    const membership = api.latestHouseMembership;
    const memberHouse: House = membership?.house === 2 ? 'LORDS' : membership?.house === 1 ? 'COMMONS' : house;
    let partyId: number | null = null;
    if (api.latestParty?.name) {
      const p = api.latestParty;
      const colour = p.backgroundColour ? `#${p.backgroundColour.replace(/^#/, '')}` : null;
      const party = await tx.party.upsert({
        where: { name: p.name },
        create: { name: p.name, abbreviation: p.abbreviation || p.name, colour, source: 'PARLIAMENT' },
        update: {},
        select: { id: true },
      });
      partyId = party.id;
    }
    return {
      displayName: api.nameDisplayAs,
      listName: api.nameListAs,
      slug: await freeSlug(tx, slugify(api.nameDisplayAs) || `member-${parliamentId}`, parliamentId),
      house: memberHouse,
      partyId,
      constituency: memberHouse === 'COMMONS' ? (membership?.membershipFrom ?? null) : null,
      source: 'PARLIAMENT' as const,
    };
  }

  private async ensureDepartment(tx: Tx, parliamentId: number, apiName: string): Promise<number> {
    const byId = await tx.department.findUnique({ where: { parliamentId }, select: { id: true } });
    if (byId) return byId.id;
    const body = this.bodies.get(parliamentId);
    const name = body?.name ?? apiName;
    // A department already stored under this name (entered before it had its Parliament id) is adopted.
    const byName = await tx.department.findUnique({ where: { name }, select: { id: true, parliamentId: true } });
    if (byName && byName.parliamentId === null) {
      await tx.department.update({ where: { id: byName.id }, data: { parliamentId } });
      return byName.id;
    }
    const storedName = byName ? `${name} (${parliamentId})` : name;
    const shortName = body?.shortName?.trim() || name;
    const created = await tx.department.create({
      data: { parliamentId, name: storedName, shortName, slug: await freeDepartmentSlug(tx, slugify(shortName) || `department-${parliamentId}`, parliamentId), source: 'PARLIAMENT' },
      select: { id: true },
    });
    return created.id;
  }
}

async function freeSlug(tx: Tx, slug: string, parliamentId: number): Promise<string> {
  const taken = await tx.member.findUnique({ where: { slug }, select: { id: true } });
  return taken ? `${slug}-${parliamentId}` : slug;
}

async function freeDepartmentSlug(tx: Tx, slug: string, parliamentId: number): Promise<string> {
  const taken = await tx.department.findUnique({ where: { slug }, select: { id: true } });
  return taken ? `${slug}-${parliamentId}` : slug;
}

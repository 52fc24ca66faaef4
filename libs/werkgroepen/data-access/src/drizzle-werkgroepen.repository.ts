import { Injectable } from '@nestjs/common';
import type { Werkgroep, WerkgroepActivityCounts, WerkgroepenRepository, WerkgroepMember, WerkgroepWrite } from '@verbinder/werkgroepen/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { curriculumPairs, documents, documentVersions, werkgroepen, werkgroepMembers, werkgroepPosts } from './werkgroepen.tables';

@Injectable()
export class DrizzleWerkgroepenRepository extends DrizzleRepository implements WerkgroepenRepository {
  findByIds(ids: readonly string[]): Promise<Werkgroep[]> {
    return this.findIn(werkgroepen, werkgroepen.id, ids, asc(werkgroepen.name));
  }

  listByRegion(regionId: string): Promise<Werkgroep[]> {
    return this.db
      .select()
      .from(werkgroepen)
      .where(eq(werkgroepen.regionId, regionId))
      .orderBy(sql`${werkgroepen.archivedAt} is not null`, asc(werkgroepen.name));
  }

  async groupIdsOfPerson(personId: string): Promise<string[]> {
    const rows = await this.db.select({ id: werkgroepMembers.werkgroepId }).from(werkgroepMembers).where(eq(werkgroepMembers.personId, personId));
    return rows.map((r) => r.id);
  }

  insert(data: WerkgroepWrite): Promise<Werkgroep> {
    return this.insertOne(werkgroepen, data);
  }

  update(id: string, data: Partial<WerkgroepWrite> & { archivedAt?: Date | null }): Promise<Werkgroep> {
    return this.updateOne(werkgroepen, eq(werkgroepen.id, id), { ...data, updatedAt: new Date() });
  }

  findByRegionAndName(regionId: string, name: string): Promise<Werkgroep | null> {
    return this.findOne(werkgroepen, and(eq(werkgroepen.regionId, regionId), sql`lower(${werkgroepen.name}) = lower(${name})`));
  }

  findMember(werkgroepId: string, personId: string): Promise<WerkgroepMember | null> {
    return this.findOne(werkgroepMembers, and(eq(werkgroepMembers.werkgroepId, werkgroepId), eq(werkgroepMembers.personId, personId)));
  }

  listMembers(werkgroepId: string): Promise<WerkgroepMember[]> {
    return this.db.select().from(werkgroepMembers).where(eq(werkgroepMembers.werkgroepId, werkgroepId)).orderBy(asc(werkgroepMembers.joinedAt));
  }

  membersByWerkgroepIds(ids: readonly string[]): Promise<WerkgroepMember[]> {
    return this.findIn(werkgroepMembers, werkgroepMembers.werkgroepId, ids, asc(werkgroepMembers.joinedAt));
  }

  async upsertMember(data: Omit<WerkgroepMember, 'lastReadAt' | 'joinedAt'>): Promise<WerkgroepMember> {
    const [row] = await this.db
      .insert(werkgroepMembers)
      .values(data)
      .onConflictDoUpdate({ target: [werkgroepMembers.werkgroepId, werkgroepMembers.personId], set: { schoolId: data.schoolId, layer: data.layer, role: data.role } })
      .returning();
    return row;
  }

  deleteMember(werkgroepId: string, personId: string): Promise<boolean> {
    return this.deleteWhere(werkgroepMembers, and(eq(werkgroepMembers.werkgroepId, werkgroepId), eq(werkgroepMembers.personId, personId)), werkgroepMembers.personId);
  }

  async markRead(werkgroepId: string, personId: string, at: Date): Promise<void> {
    await this.db
      .update(werkgroepMembers)
      .set({ lastReadAt: at })
      .where(and(eq(werkgroepMembers.werkgroepId, werkgroepId), eq(werkgroepMembers.personId, personId)));
  }

  async unreadCounts(personId: string, werkgroepIds: readonly string[]): Promise<Map<string, number>> {
    if (werkgroepIds.length === 0) return new Map();
    const rows = await this.db
      .select({ id: werkgroepPosts.werkgroepId, n: sql<number>`count(*)::int` })
      .from(werkgroepPosts)
      .innerJoin(werkgroepMembers, and(eq(werkgroepMembers.werkgroepId, werkgroepPosts.werkgroepId), eq(werkgroepMembers.personId, personId)))
      .where(
        and(
          inArray(werkgroepPosts.werkgroepId, [...werkgroepIds]),
          gt(werkgroepPosts.createdAt, werkgroepMembers.lastReadAt),
          isNull(werkgroepPosts.deletedAt),
          or(isNull(werkgroepPosts.authorId), ne(werkgroepPosts.authorId, personId)),
        ),
      )
      .groupBy(werkgroepPosts.werkgroepId);
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  async activityBetween(werkgroepId: string, from: Date, to: Date): Promise<WerkgroepActivityCounts> {
    const [posts] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(werkgroepPosts)
      .where(and(eq(werkgroepPosts.werkgroepId, werkgroepId), gte(werkgroepPosts.createdAt, from), lt(werkgroepPosts.createdAt, to), isNull(werkgroepPosts.deletedAt)));
    const [versions] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(documentVersions)
      .innerJoin(documents, eq(documents.id, documentVersions.documentId))
      .where(and(eq(documents.werkgroepId, werkgroepId), gte(documentVersions.createdAt, from), lt(documentVersions.createdAt, to)));
    const [decisions] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(curriculumPairs)
      .where(and(eq(curriculumPairs.werkgroepId, werkgroepId), gte(curriculumPairs.decidedAt, from), lt(curriculumPairs.decidedAt, to)));
    return { posts: Number(posts?.n ?? 0), documentVersions: Number(versions?.n ?? 0), decisions: Number(decisions?.n ?? 0) };
  }

  async meetingTimes(werkgroepId: string, from: Date, to: Date): Promise<Date[]> {
    // Activities belong to the meetups domain; only their start times are read here (raw SQL
    // keeps this library free of a dependency on the meetups tables).
    const result = await this.db.execute(
      sql`select starts_at from activities where werkgroep_id = ${werkgroepId} and starts_at >= ${from.toISOString()}::timestamptz and starts_at < ${to.toISOString()}::timestamptz order by starts_at`,
    );
    const rows = (result as unknown as { rows: Array<{ starts_at: string | Date }> }).rows;
    return rows.map((r) => new Date(r.starts_at));
  }
}

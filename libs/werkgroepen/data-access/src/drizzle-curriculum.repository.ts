import { Injectable } from '@nestjs/common';
import type { CurriculumItem, CurriculumItemWrite, CurriculumPair, CurriculumPairWrite, CurriculumRepository, CurriculumSide } from '@verbinder/werkgroepen/core';
import { Database } from '@verbinder/platform/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { curriculumItems, curriculumPairs } from './werkgroepen.tables';

@Injectable()
export class DrizzleCurriculumRepository implements CurriculumRepository {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  listItems(werkgroepId: string): Promise<CurriculumItem[]> {
    return this.db
      .select()
      .from(curriculumItems)
      .where(eq(curriculumItems.werkgroepId, werkgroepId))
      .orderBy(sql`${curriculumItems.side} = 'MBO'`, asc(curriculumItems.code));
  }

  listPairs(werkgroepId: string): Promise<CurriculumPair[]> {
    return this.db.select().from(curriculumPairs).where(eq(curriculumPairs.werkgroepId, werkgroepId)).orderBy(asc(curriculumPairs.createdAt), asc(curriculumPairs.id));
  }

  async findItem(id: string): Promise<CurriculumItem | null> {
    const [row] = await this.db.select().from(curriculumItems).where(eq(curriculumItems.id, id));
    return row ?? null;
  }

  async findItemByCode(werkgroepId: string, side: CurriculumSide, code: string): Promise<CurriculumItem | null> {
    const [row] = await this.db
      .select()
      .from(curriculumItems)
      .where(and(eq(curriculumItems.werkgroepId, werkgroepId), eq(curriculumItems.side, side), eq(curriculumItems.code, code)));
    return row ?? null;
  }

  async insertItem(data: CurriculumItemWrite): Promise<CurriculumItem> {
    const [row] = await this.db.insert(curriculumItems).values(data).returning();
    return row;
  }

  async updateItem(id: string, data: CurriculumItemWrite): Promise<CurriculumItem> {
    const [row] = await this.db.update(curriculumItems).set(data).where(eq(curriculumItems.id, id)).returning();
    return row;
  }

  async deleteItem(id: string): Promise<boolean> {
    const rows = await this.db.delete(curriculumItems).where(eq(curriculumItems.id, id)).returning({ id: curriculumItems.id });
    return rows.length > 0;
  }

  async findPair(id: string): Promise<CurriculumPair | null> {
    const [row] = await this.db.select().from(curriculumPairs).where(eq(curriculumPairs.id, id));
    return row ?? null;
  }

  async findPairByItems(voItemId: string, mboItemId: string): Promise<CurriculumPair | null> {
    const [row] = await this.db
      .select()
      .from(curriculumPairs)
      .where(and(eq(curriculumPairs.voItemId, voItemId), eq(curriculumPairs.mboItemId, mboItemId)));
    return row ?? null;
  }

  async insertPair(data: CurriculumPairWrite): Promise<CurriculumPair> {
    const [row] = await this.db.insert(curriculumPairs).values(data).returning();
    return row;
  }

  async updatePair(id: string, data: CurriculumPairWrite): Promise<CurriculumPair> {
    const [row] = await this.db
      .update(curriculumPairs)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(curriculumPairs.id, id))
      .returning();
    return row;
  }

  async deletePair(id: string): Promise<boolean> {
    const rows = await this.db.delete(curriculumPairs).where(eq(curriculumPairs.id, id)).returning({ id: curriculumPairs.id });
    return rows.length > 0;
  }
}

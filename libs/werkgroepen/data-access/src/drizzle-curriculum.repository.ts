import { Injectable } from '@nestjs/common';
import type { CurriculumItem, CurriculumItemWrite, CurriculumPair, CurriculumPairWrite, CurriculumRepository, CurriculumSide } from '@verbinder/werkgroepen/core';
import { DrizzleRepository } from '@verbinder/platform/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { curriculumItems, curriculumPairs } from './werkgroepen.tables';

@Injectable()
export class DrizzleCurriculumRepository extends DrizzleRepository implements CurriculumRepository {
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

  findItem(id: string): Promise<CurriculumItem | null> {
    return this.findOne(curriculumItems, eq(curriculumItems.id, id));
  }

  findItemByCode(werkgroepId: string, side: CurriculumSide, code: string): Promise<CurriculumItem | null> {
    return this.findOne(curriculumItems, and(eq(curriculumItems.werkgroepId, werkgroepId), eq(curriculumItems.side, side), eq(curriculumItems.code, code)));
  }

  insertItem(data: CurriculumItemWrite): Promise<CurriculumItem> {
    return this.insertOne(curriculumItems, data);
  }

  updateItem(id: string, data: CurriculumItemWrite): Promise<CurriculumItem> {
    return this.updateOne(curriculumItems, eq(curriculumItems.id, id), data);
  }

  deleteItem(id: string): Promise<boolean> {
    return this.deleteWhere(curriculumItems, eq(curriculumItems.id, id), curriculumItems.id);
  }

  findPair(id: string): Promise<CurriculumPair | null> {
    return this.findOne(curriculumPairs, eq(curriculumPairs.id, id));
  }

  findPairByItems(voItemId: string, mboItemId: string): Promise<CurriculumPair | null> {
    return this.findOne(curriculumPairs, and(eq(curriculumPairs.voItemId, voItemId), eq(curriculumPairs.mboItemId, mboItemId)));
  }

  insertPair(data: CurriculumPairWrite): Promise<CurriculumPair> {
    return this.insertOne(curriculumPairs, data);
  }

  updatePair(id: string, data: CurriculumPairWrite): Promise<CurriculumPair> {
    return this.updateOne(curriculumPairs, eq(curriculumPairs.id, id), { ...data, updatedAt: new Date() });
  }

  deletePair(id: string): Promise<boolean> {
    return this.deleteWhere(curriculumPairs, eq(curriculumPairs.id, id), curriculumPairs.id);
  }
}

import type { CurriculumItem, CurriculumItemWrite, CurriculumPair, CurriculumPairWrite, CurriculumSide } from './curriculum.types';

export const CURRICULUM_REPOSITORY = Symbol('CURRICULUM_REPOSITORY');

export interface CurriculumRepository {
  /** Items of a group: vo before mbo, then by code. */
  listItems(werkgroepId: string): Promise<CurriculumItem[]>;
  /** Pairs of a group, oldest first. */
  listPairs(werkgroepId: string): Promise<CurriculumPair[]>;
  findItem(id: string): Promise<CurriculumItem | null>;
  findItemByCode(werkgroepId: string, side: CurriculumSide, code: string): Promise<CurriculumItem | null>;
  insertItem(data: CurriculumItemWrite): Promise<CurriculumItem>;
  updateItem(id: string, data: CurriculumItemWrite): Promise<CurriculumItem>;
  /** Deletes the item; its pairs go with it. */
  deleteItem(id: string): Promise<boolean>;

  findPair(id: string): Promise<CurriculumPair | null>;
  findPairByItems(voItemId: string, mboItemId: string): Promise<CurriculumPair | null>;
  insertPair(data: CurriculumPairWrite): Promise<CurriculumPair>;
  updatePair(id: string, data: CurriculumPairWrite): Promise<CurriculumPair>;
  deletePair(id: string): Promise<boolean>;
}

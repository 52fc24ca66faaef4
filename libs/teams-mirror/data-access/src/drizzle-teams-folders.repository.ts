import { Injectable } from '@nestjs/common';
import { DrizzleRepository } from '@verbinder/platform/db';
import type { MirrorItem, TeamsFolderRepository } from '@verbinder/teams-mirror/core';
import { documentFolders, documents } from '@verbinder/werkgroepen/data-access';
import { and, eq, getTableColumns, inArray } from 'drizzle-orm';
import { teamsMirrorItems } from './teams-mirror.tables';

@Injectable()
export class DrizzleTeamsFolderRepository extends DrizzleRepository implements TeamsFolderRepository {
  async itemsInFolderTree(linkId: string, werkgroepId: string, folderId: string): Promise<MirrorItem[]> {
    const all = await this.db.select({ id: documentFolders.id, parentId: documentFolders.parentId }).from(documentFolders).where(eq(documentFolders.werkgroepId, werkgroepId));
    const tree = new Set([folderId]);
    // A group has few folders: grow the subtree until it stops growing.
    for (let grew = true; grew;) {
      grew = false;
      for (const folder of all) {
        if (folder.parentId && tree.has(folder.parentId) && !tree.has(folder.id)) {
          tree.add(folder.id);
          grew = true;
        }
      }
    }
    return this.db
      .select(getTableColumns(teamsMirrorItems))
      .from(teamsMirrorItems)
      .innerJoin(documents, eq(documents.id, teamsMirrorItems.documentId))
      .where(and(eq(teamsMirrorItems.linkId, linkId), inArray(documents.folderId, [...tree])));
  }
}

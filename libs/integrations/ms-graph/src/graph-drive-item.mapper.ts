import { ByteRange, DriveChange, TeamsDriveItem } from '@verbinder/teams-mirror/core';

/** The parts of a Graph driveItem the mirror reads. */
export interface GraphDriveItem {
  id: string;
  name?: string;
  eTag?: string;
  cTag?: string;
  size?: number;
  webUrl?: string;
  lastModifiedDateTime?: string;
  lastModifiedBy?: { user?: { displayName?: string }; application?: { displayName?: string } };
  parentReference?: { driveId?: string; id?: string };
  folder?: object;
  file?: { hashes?: { quickXorHash?: string } };
  root?: object;
  deleted?: { state?: string };
}

export function toTeamsDriveItem(item: GraphDriveItem, fallbackDriveId: string): TeamsDriveItem {
  return {
    driveId: item.parentReference?.driveId ?? fallbackDriveId,
    id: item.id,
    name: item.name ?? '',
    eTag: item.eTag ?? '',
    cTag: item.cTag ?? null,
    parentId: item.parentReference?.id ?? null,
    size: item.size ?? 0,
    isFolder: item.folder !== undefined,
    lastModifiedAt: item.lastModifiedDateTime ? new Date(item.lastModifiedDateTime) : null,
    lastModifiedBy: item.lastModifiedBy?.user?.displayName ?? item.lastModifiedBy?.application?.displayName ?? null,
    lastModifiedByApp: item.lastModifiedBy?.application !== undefined && item.lastModifiedBy.user === undefined,
    quickXorHash: item.file?.hashes?.quickXorHash ?? null,
    webUrl: item.webUrl ?? null,
  };
}

export function toDriveChange(item: GraphDriveItem, driveId: string): DriveChange | null {
  if (item.root !== undefined) return null;
  if (item.deleted !== undefined) {
    return { kind: 'deleted', driveId: item.parentReference?.driveId ?? driveId, itemId: item.id, name: item.name ?? null, parentId: item.parentReference?.id ?? null };
  }
  return { kind: 'upserted', item: toTeamsDriveItem(item, driveId) };
}

/** "12345-" / "12345-67890" → ByteRange. */
export function parseByteRanges(ranges: unknown): ByteRange[] {
  if (!Array.isArray(ranges)) return [];
  return ranges
    .filter((range): range is string => typeof range === 'string')
    .map((range) => {
      const [start, end] = range.split('-');
      return { start: Number(start), end: end === undefined || end === '' ? null : Number(end) };
    })
    .filter((range) => Number.isFinite(range.start));
}

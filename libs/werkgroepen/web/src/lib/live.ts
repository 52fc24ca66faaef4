import { useEffect, useState } from 'react';
import { getSocket, useCoalescedRefetch, useSocketConnected, useSocketEvent } from '@verbinder/web/api-client';
import { LIVE_WERKGROEP_QUERIES, WERKGROEPEN_LIST_QUERIES } from './operations';

export interface WerkgroepLive {
  connected: boolean;
  /** The viewer was removed from the group while watching; stop showing its content. */
  removed: boolean;
  /** When the last change arrived (ISO), or null. */
  lastChangeAt: string | null;
  /** Kind of the last change (post, reaction, members, …). */
  lastKind: string | null;
}

/**
 * Follows one werkgroep live: joins its room (`werkgroep:watch`) while mounted and leaves it on
 * unmount (`werkgroep:unwatch`); on `werkgroep:changed` for this group refetches the group's
 * queries (coalesced); on `werkgroep:removed` reports that the viewer lost access. Used once, by
 * the group layout, which holds the room for every tab (tabs use useWerkgroepChanges).
 */
export function useWerkgroepLive(werkgroepId: string | undefined): WerkgroepLive {
  const connected = useSocketConnected();
  const refetch = useCoalescedRefetch(LIVE_WERKGROEP_QUERIES);
  const [removed, setRemoved] = useState(false);
  const [last, setLast] = useState<{ at: string; kind: string } | null>(null);

  useEffect(() => {
    setRemoved(false);
  }, [werkgroepId]);

  useEffect(() => {
    if (!connected || !werkgroepId || removed) return undefined;
    const socket = getSocket();
    socket.emit('werkgroep:watch', werkgroepId);
    return () => {
      socket.emit('werkgroep:unwatch', werkgroepId);
    };
  }, [connected, werkgroepId, removed]);

  useSocketEvent('werkgroep:changed', (change) => {
    if (change.werkgroepId !== werkgroepId || removed) return;
    setLast({ at: change.at, kind: change.kind });
    refetch();
  });
  useSocketEvent('werkgroep:removed', (event) => {
    if (event.werkgroepId === werkgroepId) setRemoved(true);
  });

  return { connected, removed, lastChangeAt: last?.at ?? null, lastKind: last?.kind ?? null };
}

/**
 * For a tab inside the group layout: refetches `queryNames` (coalesced) when a
 * `werkgroep:changed` of one of `kinds` arrives for this group. The layout holds the room
 * (useWerkgroepLive); a tab never watches or unwatches it itself, so leaving a tab does not
 * take the page out of the room. Returns whether the live connection is up.
 */
export function useWerkgroepChanges(werkgroepId: string | undefined, kinds: readonly string[], queryNames: readonly string[]): boolean {
  const connected = useSocketConnected();
  const refetch = useCoalescedRefetch(queryNames);
  useSocketEvent('werkgroep:changed', (change) => {
    if (change.werkgroepId === werkgroepId && kinds.includes(change.kind)) refetch();
  });
  return connected;
}

/** Changes in a group that alter its card on the list: unread count, members, name, archived. */
const LIST_KINDS: readonly string[] = ['group', 'members', 'post'];

/**
 * Keeps the werkgroepen list live: watches the room of every group on it (the server checks each
 * watch, as for an open group), and refetches the list (coalesced) when a listed group gets a new
 * post (unread count), members or details, when the viewer is added to a group (`werkgroep:added`,
 * sent to the viewer's own room only) and when they lose a group (`werkgroep:removed`). Rooms are
 * left again when a group leaves the list or the page closes. Returns whether the connection is up.
 */
export function useWerkgroepenListLive(werkgroepIds: readonly string[]): boolean {
  const connected = useSocketConnected();
  const refetch = useCoalescedRefetch(WERKGROEPEN_LIST_QUERIES);
  const key = [...werkgroepIds].sort().join(',');

  useEffect(() => {
    if (!connected || !key) return undefined;
    const socket = getSocket();
    const ids = key.split(',');
    for (const id of ids) socket.emit('werkgroep:watch', id);
    return () => {
      for (const id of ids) socket.emit('werkgroep:unwatch', id);
    };
  }, [connected, key]);

  useSocketEvent('werkgroep:changed', (change) => {
    if (werkgroepIds.includes(change.werkgroepId) && LIST_KINDS.includes(change.kind)) refetch();
  });
  useSocketEvent('werkgroep:added', () => refetch());
  useSocketEvent('werkgroep:removed', (event) => {
    if (werkgroepIds.includes(event.werkgroepId)) refetch();
  });
  return connected;
}

import { useEffect, useState } from 'react';
import { getSocket, useCoalescedCall, useSocketConnected, useSocketListener } from '@verbinder/web/api-client';
import type { ActieagendaChangeDto, MeetingPresenceDto } from '../graphql/types';

/**
 * The actieagenda socket events ride on the app's one socket.io connection (getSocket()).
 * They are not (yet) in the shared ServerToClientEvents map, so they are typed here:
 *   server → client 'actieagenda:changed' (ActieagendaChange) to the region room
 *   server → client 'meeting:presence' ({ agendaId, people }) whenever someone joins or leaves
 *   client → server 'meeting:join' (agendaId, ack({ ok, code? })) and 'meeting:leave' (agendaId)
 */
interface ActieagendaServerEvents {
  'actieagenda:changed': (change: ActieagendaChangeDto) => void;
  'meeting:presence': (presence: MeetingPresenceDto) => void;
}

interface AckResult {
  ok: boolean;
  code?: string;
}

interface LooseSocket {
  connected: boolean;
  emit(name: string, ...args: unknown[]): void;
  timeout(ms: number): { emit(name: string, ...args: unknown[]): void };
}

const socket = () => getSocket() as unknown as LooseSocket;

/** Subscribe to an actieagenda socket event while mounted; the latest handler is always used. */
export function useActieagendaEvent<E extends keyof ActieagendaServerEvents>(event: E, handler: ActieagendaServerEvents[E]): void {
  useSocketListener(event, handler);
}

/** Follow the region's room too (needed when the viewer is not a member, e.g. a platform beheerder). */
export function useWatchRegion(regionId: string | undefined): boolean {
  const connected = useSocketConnected();
  useEffect(() => {
    if (connected && regionId) socket().emit('region:watch', regionId);
  }, [connected, regionId]);
  return connected;
}

/**
 * A refetch that coalesces bursts of live events: at most one request in flight and one queued
 * (an import sends many changes at once).
 */
export const useCoalescedRefetch = useCoalescedCall;

export interface MeetingPresence {
  connected: boolean;
  /** null until the server has sent the first presence list. */
  people: MeetingPresenceDto['people'] | null;
  /** Dutch message when joining failed. */
  problem: string | null;
}

/** Join the live meeting of an agenda while mounted ('meeting:join' / 'meeting:leave') and follow who is present. */
export function useMeetingPresence(agendaId: string): MeetingPresence {
  const connected = useSocketConnected();
  const [people, setPeople] = useState<MeetingPresenceDto['people'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useActieagendaEvent('meeting:presence', (presence) => {
    if (presence.agendaId === agendaId) setPeople(presence.people);
  });

  useEffect(() => {
    if (!connected) return;
    const current = socket();
    let active = true;
    current.timeout(10_000).emit('meeting:join', agendaId, (err: unknown, result?: AckResult) => {
      if (!active) return;
      if (err) setProblem('Aanmelden bij het overleg duurt te lang. Ververs de pagina om het opnieuw te proberen.');
      else if (result && !result.ok)
        setProblem(result.code === 'FORBIDDEN' ? 'Je hebt geen toegang tot dit overleg.' : 'Aanmelden bij het overleg is niet gelukt. Ververs de pagina om het opnieuw te proberen.');
      else setProblem(null);
    });
    return () => {
      active = false;
      if (current.connected) current.emit('meeting:leave', agendaId);
    };
  }, [connected, agendaId]);

  return { connected, people: connected ? people : null, problem };
}

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import { type ClientToServerEvents, ErrorCode, type ServerToClientEvents } from '@verbinder/shared/contracts';

export type VerbinderSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: VerbinderSocket | undefined;
const RETRY_REFUSED_MS = 5000;
const statusListeners = new Set<() => void>();
const notifyStatus = () => statusListeners.forEach((listener) => listener());

/** The one socket.io connection of this tab (same origin, session cookie, websocket only). */
export function getSocket(): VerbinderSocket {
  if (!socket) {
    socket = io({
      path: '/socket.io',
      withCredentials: true,
      transports: ['websocket'],
      autoConnect: false,
    });
    socket.on('connect', notifyStatus);
    socket.on('disconnect', notifyStatus);
    socket.on('connect_error', notifyStatus);
    // A refusal because the server's database is briefly away is retried (socket.io does not retry refusals).
    socket.on('connect_error', (error) => {
      if (error.message === ErrorCode.SERVICE_UNAVAILABLE) setTimeout(() => socket?.connect(), RETRY_REFUSED_MS);
    });
  }
  return socket;
}

/** Connect after sign-in. A refused connection (UNAUTHENTICATED) is not retried by socket.io, so call again after signing in. */
export function connectSocket(): VerbinderSocket {
  const current = getSocket();
  if (!current.connected) current.connect();
  return current;
}

/** Disconnect on sign-out, so the next person gets their own rooms. */
export function disconnectSocket(): void {
  socket?.disconnect();
}

/** Whether the live connection is up; re-renders when it changes. */
export function useSocketConnected(): boolean {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => socket?.connected ?? false,
  );
}

type EventName = keyof ServerToClientEvents;

/** Subscribe to a server event while the component is mounted; the latest handler is always used. */
export function useSocketEvent<E extends EventName>(event: E, handler: ServerToClientEvents[E]): void {
  useSocketListener(event, handler);
}

/**
 * useSocketEvent for events outside the shared ServerToClientEvents map: a feature types its own
 * event map and passes the event name and handler through here.
 */
export function useSocketListener(event: string, handler: (...args: never[]) => void): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    const listener = (...args: unknown[]) => (handlerRef.current as (...received: unknown[]) => void)(...args);
    // socket.io's listener typing does not follow a generic event name; the event maps keep callers typed.
    const untyped = getSocket() as unknown as {
      on(name: string, fn: (...args: unknown[]) => void): void;
      off(name: string, fn: (...args: unknown[]) => void): void;
    };
    untyped.on(event, listener);
    return () => untyped.off(event, listener);
  }, [event]);
}

import { Inject, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { ActieagendaService } from '@verbinder/actieagenda/core';
import { AuthService, SessionWatch } from '@verbinder/identity/core';
import { readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { ClientToServerEvents, ErrorCode, rooms, ServerToClientEvents, SocketAck } from '@verbinder/shared/contracts';
import { Actor, DOMAIN_EVENTS, DomainEvents, errorCodeOf, infrastructureFaultOf, isDomainError, isMemberOfRegion, isUuid, RETRY_AFTER_SECONDS } from '@verbinder/shared/kernel';
import { WerkgroepenService } from '@verbinder/werkgroepen/core';
import type { Server, Socket } from 'socket.io';

interface SocketData {
  actor: Actor;
  /** The session token of the handshake (re-checked when the session or the person's rights change). */
  sessionToken: string;
  /** Stops watching the session (on disconnect). */
  unwatch?: () => void;
  /** Agenda ids of the meetings this socket has joined (for presence on disconnect). */
  meetings?: string[];
}

type VerbinderServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type VerbinderSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Ack = SocketAck;

/** An acknowledgement is answered within this time, whatever the database or Redis do. */
const ACK_DEADLINE_MS = 5000;

/** Sockets re-checked at once after a resync (each costs a session lookup and a check per extra room). */
const RESYNC_BATCH = 20;
const unavailable = (): Ack => ({ ok: false, code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS });

/** The ack of a handler that failed: its domain code, or SERVICE_UNAVAILABLE (retry) for anything else. */
function failed(error: unknown): Ack {
  if (isDomainError(error) && error.code !== ErrorCode.SERVICE_UNAVAILABLE) return { ok: false, code: error.code };
  const fault = infrastructureFaultOf(error);
  return fault ? { ok: false, code: fault.code, retryAfterSeconds: fault.retryAfterSeconds } : unavailable();
}

/** Runs an ack handler, answering SERVICE_UNAVAILABLE when it fails unexpectedly or takes longer than ACK_DEADLINE_MS. */
async function answer(work: () => Promise<Ack>): Promise<Ack> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Ack>((resolve) => {
    timer = setTimeout(() => resolve(unavailable()), ACK_DEADLINE_MS);
  });
  try {
    return await Promise.race([work().catch(failed), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The socket.io hub. The handshake is authenticated with the session cookie; each socket
 * joins its user, region and school rooms. Domain events emitted on this node are fanned out
 * to rooms; with Redis, the socket.io Redis adapter carries them to sockets on other nodes.
 */
@WebSocketGateway({ serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  @WebSocketServer() server!: VerbinderServer;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    private readonly auth: AuthService,
    private readonly actieagenda: ActieagendaService,
    private readonly werkgroepen: WerkgroepenService,
    private readonly sessionWatch: SessionWatch,
    @Inject(DOMAIN_EVENTS) private readonly events: DomainEvents,
  ) {}

  afterInit(server: VerbinderServer): void {
    server.use((socket, next) => {
      const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
      this.auth
        .resolveSession(token)
        .then((actor) => {
          if (!actor || !token) return next(new Error(ErrorCode.UNAUTHENTICATED));
          socket.data.actor = actor;
          socket.data.sessionToken = token;
          next();
        })
        .catch((error: unknown) => next(new Error(errorCodeOf(error))));
    });

    this.unsubscribe.push(
      this.events.on('region.activity', (event, meta) => {
        if (!meta.local) return;
        const { actorId: _actorId, ...dto } = event;
        server.to(rooms.region(event.regionId)).emit('region:activity', dto);
      }),
      this.events.on('notification.created', (event, meta) => {
        if (!meta.local) return;
        server.to(rooms.user(event.personId)).emit('notification:new', event.notification);
      }),
      this.events.on('actieagenda.changed', (event, meta) => {
        if (!meta.local) return;
        const { regionId, ...dto } = event;
        server.to(rooms.region(regionId)).emit('actieagenda:changed', dto);
      }),
      this.events.on('meetups.changed', (event, meta) => {
        if (!meta.local) return;
        const { regionId, ...dto } = event;
        server.to(rooms.region(regionId)).emit('activity:changed', dto);
      }),
      this.events.on('loket.changed', (event, meta) => {
        if (!meta.local) return;
        const { regionId, ...dto } = event;
        server.to(rooms.region(regionId)).emit('loket:changed', dto);
      }),
      this.events.on('werkgroep.changed', (event, meta) => {
        if (!meta.local) return;
        const { regionId: _regionId, ...dto } = event;
        server.to(rooms.werkgroep(event.werkgroepId)).emit('werkgroep:changed', dto);
      }),
      // Only to the added person's own room: nobody else learns of the membership this way.
      this.events.on('werkgroep.member-added', (event, meta) => {
        if (!meta.local) return;
        server.to(rooms.user(event.personId)).emit('werkgroep:added', { werkgroepId: event.werkgroepId });
      }),
      // Removal takes effect at once on the node that made it, whatever Redis does: every node
      // applies the event (its own or relayed) to its own sockets. A node that missed it during a
      // Redis outage re-checks all rooms on `events.resync`.
      this.events.on('werkgroep.member-removed', (event) => {
        this.revokeWerkgroep(event.werkgroepId, event.personId).catch(() => undefined);
      }),
      this.events.on('events.resync', () => this.resyncSoon()),
    );
  }

  async handleConnection(socket: VerbinderSocket): Promise<void> {
    const actor = socket.data.actor;
    await socket.join([...baseRooms(actor)]);
    // Sign-out, expiry, a removed membership or a changed identity (on any node) re-check this socket.
    const unwatch = await this.sessionWatch.watch(socket.data.sessionToken, (fresh) => this.sessionChanged(socket, fresh));
    if (!unwatch) {
      socket.disconnect(true);
      return;
    }
    if (socket.disconnected) unwatch();
    else socket.data.unwatch = unwatch;
  }

  /**
   * The socket's session was re-checked: gone (signed out, expired, identity changed) → the
   * socket is told and disconnected; otherwise it keeps exactly the rooms the fresh actor may
   * be in (lost regions, schools, werkgroepen and meetings are left) and joins new ones.
   */
  private async sessionChanged(socket: VerbinderSocket, actor: Actor | null): Promise<void> {
    if (socket.disconnected) return;
    if (!actor) {
      socket.emit('session:ended', { reason: 'Je sessie is beëindigd. Log opnieuw in.' });
      socket.disconnect(true);
      return;
    }
    await this.applyActor(socket, actor);
  }

  /** Gives the socket the fresh actor: rooms it may no longer be in are left (and said so), new base rooms joined. */
  private async applyActor(socket: VerbinderSocket, actor: Actor): Promise<void> {
    socket.data.actor = actor;
    const base = baseRooms(actor);
    for (const room of [...socket.rooms]) {
      if (room === socket.id || base.has(room) || (await this.mayStayIn(actor, room))) continue;
      await socket.leave(room);
      if (room.startsWith('werkgroep:')) socket.emit('werkgroep:removed', { werkgroepId: room.slice('werkgroep:'.length) });
      if (room.startsWith('meeting:')) {
        const agendaId = room.slice('meeting:'.length);
        socket.data.meetings = (socket.data.meetings ?? []).filter((id) => id !== agendaId);
        await this.broadcastPresence(agendaId).catch(() => undefined);
      }
    }
    await socket.join([...base]);
  }

  /** Watch a region one is not a member of (platform beheerders). */
  @SubscribeMessage('region:watch')
  watchRegion(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() regionId: unknown): Promise<Ack> {
    return answer(async () => {
      if (!isUuid(regionId)) return { ok: false, code: ErrorCode.NOT_FOUND };
      if (!isMemberOfRegion(socket.data.actor, regionId)) return { ok: false, code: ErrorCode.FORBIDDEN };
      await socket.join(rooms.region(regionId));
      return { ok: true };
    });
  }

  /**
   * Join the weekly meeting of an agenda: everyone in it sees who is present (across nodes; while
   * Redis is away, the people on this node, and everyone again after the `resync`).
   */
  @SubscribeMessage('meeting:join')
  joinMeeting(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() agendaId: unknown): Promise<Ack> {
    return answer(async () => {
      if (!isUuid(agendaId)) return { ok: false, code: ErrorCode.NOT_FOUND };
      await this.actieagenda.getAgenda(socket.data.actor, agendaId);
      await socket.join(rooms.meeting(agendaId));
      socket.data.meetings = [...new Set([...(socket.data.meetings ?? []), agendaId])];
      await this.broadcastPresence(agendaId);
      return { ok: true };
    });
  }

  @SubscribeMessage('meeting:leave')
  async leaveMeeting(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() agendaId: unknown): Promise<void> {
    if (!isUuid(agendaId)) return;
    await socket.leave(rooms.meeting(agendaId));
    socket.data.meetings = (socket.data.meetings ?? []).filter((id) => id !== agendaId);
    await this.broadcastPresence(agendaId).catch(() => undefined);
  }

  /** Follow a werkgroep live: members, and region members when the region may read the group. */
  @SubscribeMessage('werkgroep:watch')
  watchWerkgroep(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() werkgroepId: unknown): Promise<Ack> {
    return answer(async () => {
      if (!isUuid(werkgroepId)) return { ok: false, code: ErrorCode.NOT_FOUND };
      await this.werkgroepen.readable(socket.data.actor, werkgroepId);
      await socket.join(rooms.werkgroep(werkgroepId));
      return { ok: true };
    });
  }

  @SubscribeMessage('werkgroep:unwatch')
  async unwatchWerkgroep(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() werkgroepId: unknown): Promise<void> {
    if (isUuid(werkgroepId)) await socket.leave(rooms.werkgroep(werkgroepId));
  }

  /** This node's sockets (never a cross-node request: works the same while Redis is away). */
  private localSockets(room?: string): VerbinderSocket[] {
    const all = this.server.sockets.sockets;
    if (!room) return [...all.values()];
    const ids = this.server.sockets.adapter.rooms.get(room) ?? new Set<string>();
    return [...ids].map((id) => all.get(id)).filter((socket): socket is VerbinderSocket => !!socket);
  }

  /** Takes the person's sockets on this node out of the group's room, unless they may still read it (as region members). */
  private async revokeWerkgroep(werkgroepId: string, personId: string): Promise<void> {
    const room = rooms.werkgroep(werkgroepId);
    for (const socket of this.localSockets(rooms.user(personId))) {
      if (!socket.rooms.has(room) || (await this.mayStayIn(socket.data.actor, room))) continue;
      await socket.leave(room);
      socket.emit('werkgroep:removed', { werkgroepId });
    }
  }

  /**
   * Whether the actor may still be in a room it joined: decided again from the database. When
   * that cannot be decided now (database away), the socket leaves: access is never kept on doubt.
   */
  private async mayStayIn(actor: Actor, room: string): Promise<boolean> {
    const [kind, id] = [room.slice(0, room.indexOf(':')), room.slice(room.indexOf(':') + 1)];
    const allowed = (check: Promise<unknown>) =>
      check.then(
        () => true,
        () => false,
      );
    switch (kind) {
      case 'user':
        return id === actor.personId;
      case 'region':
        return isMemberOfRegion(actor, id);
      case 'school':
        return actor.memberships.some((m) => m.schoolId === id);
      case 'werkgroep':
        return allowed(this.werkgroepen.readable(actor, id));
      case 'meeting':
        return allowed(this.actieagenda.getAgenda(actor, id));
      default:
        return false;
    }
  }

  private resyncRunning: Promise<void> | null = null;
  private resyncQueued = false;

  /** Coalesces resyncs: one running and at most one queued (every node may announce its own reconnect). */
  private resyncSoon(): void {
    if (this.resyncRunning) {
      this.resyncQueued = true;
      return;
    }
    // setImmediate: the other `events.resync` listeners (session cache, response cache) have run first.
    this.resyncRunning = new Promise<void>((resolve) => setImmediate(resolve))
      .then(async () => {
        // A few at a time: a node with thousands of sockets must not take the whole database pool.
        const sockets = this.localSockets();
        for (let i = 0; i < sockets.length; i += RESYNC_BATCH) await Promise.all(sockets.slice(i, i + RESYNC_BATCH).map((socket) => this.resyncSocket(socket)));
      })
      .finally(() => {
        this.resyncRunning = null;
        if (this.resyncQueued) {
          this.resyncQueued = false;
          this.resyncSoon();
        }
      });
  }

  /**
   * After events may have been lost: the socket's session and rooms are checked against the
   * database (it leaves rooms it may no longer be in and joins those of new memberships), then
   * the client is told to refetch what it shows.
   */
  private async resyncSocket(socket: VerbinderSocket): Promise<void> {
    try {
      const actor = await this.auth.resolveSession(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
      if (!actor) {
        socket.emit('session:ended', { reason: 'Je sessie is beëindigd. Log opnieuw in.' });
        socket.disconnect(true);
        return;
      }
      await this.applyActor(socket, actor);
    } catch {
      // The session could not be read now (database away): the client refetches and sees that itself.
    }
    socket.emit('resync', { reason: 'redis-reconnected' });
  }

  async handleDisconnect(socket: VerbinderSocket): Promise<void> {
    socket.data.unwatch?.();
    for (const agendaId of socket.data.meetings ?? []) await this.broadcastPresence(agendaId).catch(() => undefined);
  }

  private async broadcastPresence(agendaId: string): Promise<void> {
    const room = rooms.meeting(agendaId);
    const sockets = await this.server.in(room).fetchSockets();
    const people = new Map<string, string>();
    for (const s of sockets) people.set(s.data.actor.personId, s.data.actor.name);
    this.server.to(room).emit('meeting:presence', {
      agendaId,
      people: [...people].map(([personId, name]) => ({ personId, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    });
  }

  onModuleDestroy(): void {
    for (const off of this.unsubscribe) off();
  }
}

/** The rooms a socket is in because of who it is: its person, and its regions and schools. */
function baseRooms(actor: Actor): Set<string> {
  const joined = new Set([rooms.user(actor.personId)]);
  for (const m of actor.memberships) {
    joined.add(rooms.region(m.regionId));
    if (m.schoolId) joined.add(rooms.school(m.schoolId));
  }
  return joined;
}

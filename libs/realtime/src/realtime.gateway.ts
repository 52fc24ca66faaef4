import { Inject, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { ActieagendaService } from '@verbinder/actieagenda/core';
import { AuthService, SessionWatch } from '@verbinder/identity/core';
import { readCookie, SESSION_COOKIE } from '@verbinder/platform/graphql';
import { ClientToServerEvents, ErrorCode, rooms, ServerToClientEvents } from '@verbinder/shared/contracts';
import { Actor, DOMAIN_EVENTS, DomainEvents, isMemberOfRegion, isUuid } from '@verbinder/shared/kernel';
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
        .catch(() => next(new Error(ErrorCode.INTERNAL)));
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
      // Removal takes effect at once: the person's sockets (on every node, through the Redis
      // adapter) leave the group's room and are told so.
      this.events.on('werkgroep.member-removed', (event, meta) => {
        if (!meta.local) return;
        const room = rooms.werkgroep(event.werkgroepId);
        void this.revokeWerkgroep(event.werkgroepId, event.personId, room);
      }),
    );
  }

  async handleConnection(socket: VerbinderSocket): Promise<void> {
    const actor = socket.data.actor;
    await socket.join(this.ownRooms(actor));
    // Sign-out, expiry, a removed membership or a changed identity (on any node) re-check this socket.
    const unwatch = await this.sessionWatch.watch(socket.data.sessionToken, (fresh) => this.sessionChanged(socket, fresh));
    if (!unwatch) {
      socket.disconnect(true);
      return;
    }
    if (socket.disconnected) unwatch();
    else socket.data.unwatch = unwatch;
  }

  /** The rooms a socket joins by itself: its person, and the regions and schools of its memberships. */
  private ownRooms(actor: Actor): string[] {
    const joined = [rooms.user(actor.personId)];
    for (const m of actor.memberships) {
      joined.push(rooms.region(m.regionId));
      if (m.schoolId) joined.push(rooms.school(m.schoolId));
    }
    return [...new Set(joined)];
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
    socket.data.actor = actor;
    const own = new Set(this.ownRooms(actor));
    for (const room of [...socket.rooms]) {
      if (room === socket.id || own.has(room)) continue;
      const [kind, id] = room.split(':') as [string, string];
      const keep =
        kind === 'region'
          ? isMemberOfRegion(actor, id)
          : kind === 'werkgroep'
            ? await this.werkgroepen.readable(actor, id).then(() => true, () => false)
            : kind === 'meeting'
              ? await this.actieagenda.getAgenda(actor, id).then(() => true, () => false)
              : false;
      if (keep) continue;
      await socket.leave(room);
      if (kind === 'werkgroep') socket.emit('werkgroep:removed', { werkgroepId: id });
      if (kind === 'meeting') {
        socket.data.meetings = (socket.data.meetings ?? []).filter((m) => m !== id);
        await this.broadcastPresence(id).catch(() => undefined);
      }
    }
    await socket.join([...own]);
  }

  /** Watch a region one is not a member of (platform beheerders). */
  @SubscribeMessage('region:watch')
  async watchRegion(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() regionId: unknown): Promise<{ ok: boolean; code?: string }> {
    if (!isUuid(regionId)) return { ok: false, code: ErrorCode.NOT_FOUND };
    if (!isMemberOfRegion(socket.data.actor, regionId)) return { ok: false, code: ErrorCode.FORBIDDEN };
    await socket.join(rooms.region(regionId));
    return { ok: true };
  }

  /** Join the weekly meeting of an agenda: everyone in it sees who is present (across nodes). */
  @SubscribeMessage('meeting:join')
  async joinMeeting(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() agendaId: unknown): Promise<{ ok: boolean; code?: string }> {
    if (!isUuid(agendaId)) return { ok: false, code: ErrorCode.NOT_FOUND };
    try {
      await this.actieagenda.getAgenda(socket.data.actor, agendaId);
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? ErrorCode.INTERNAL };
    }
    await socket.join(rooms.meeting(agendaId));
    socket.data.meetings = [...new Set([...(socket.data.meetings ?? []), agendaId])];
    await this.broadcastPresence(agendaId);
    return { ok: true };
  }

  @SubscribeMessage('meeting:leave')
  async leaveMeeting(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() agendaId: unknown): Promise<void> {
    if (!isUuid(agendaId)) return;
    await socket.leave(rooms.meeting(agendaId));
    socket.data.meetings = (socket.data.meetings ?? []).filter((id) => id !== agendaId);
    await this.broadcastPresence(agendaId);
  }

  /** Follow a werkgroep live: members, and region members when the region may read the group. */
  @SubscribeMessage('werkgroep:watch')
  async watchWerkgroep(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() werkgroepId: unknown): Promise<{ ok: boolean; code?: string }> {
    if (!isUuid(werkgroepId)) return { ok: false, code: ErrorCode.NOT_FOUND };
    try {
      await this.werkgroepen.readable(socket.data.actor, werkgroepId);
    } catch (error) {
      return { ok: false, code: (error as { code?: string }).code ?? ErrorCode.INTERNAL };
    }
    await socket.join(rooms.werkgroep(werkgroepId));
    return { ok: true };
  }

  @SubscribeMessage('werkgroep:unwatch')
  async unwatchWerkgroep(@ConnectedSocket() socket: VerbinderSocket, @MessageBody() werkgroepId: unknown): Promise<void> {
    if (isUuid(werkgroepId)) await socket.leave(rooms.werkgroep(werkgroepId));
  }

  private async revokeWerkgroep(werkgroepId: string, personId: string, room: string): Promise<void> {
    // A group the region may read stays readable for a removed member who is still in the region.
    const sockets = await this.server.in(rooms.user(personId)).fetchSockets();
    const actor = sockets[0]?.data.actor;
    if (actor) {
      const still = await this.werkgroepen.readable(actor, werkgroepId).then(
        () => true,
        () => false,
      );
      if (still) return;
    }
    this.server.in(rooms.user(personId)).socketsLeave(room);
    this.server.to(rooms.user(personId)).emit('werkgroep:removed', { werkgroepId });
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

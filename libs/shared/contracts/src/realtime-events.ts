/** Public DTOs pushed to clients. Never put entities or secrets here. */
export interface NotificationDto {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export type RegionEntity = 'region' | 'school' | 'leerlab' | 'person' | 'membership' | 'leerroute';
export type ActivityAction = 'created' | 'updated' | 'deleted';

export interface RegionActivityDto {
  regionId: string;
  entity: RegionEntity;
  entityId: string;
  action: ActivityAction;
  actorName: string | null;
  at: string;
}

export interface ActieagendaChangeDto {
  agendaId: string;
  actieId: string | null;
  kind: string;
  actorName: string | null;
  at: string;
}

/** Something changed about an activity (registrations, places left, details) in a region. */
export interface ActivityChangeDto {
  /** Null for changes that are not about one activity (a series, a holiday). */
  activityId: string | null;
  kind: string;
  /** Places left after the change; null when the activity has no capacity limit. */
  placesLeft: number | null;
  at: string;
}

/** Something changed about a loket request (a message, status, assignment, SLA alert) in a region. */
export interface LoketChangeDto {
  /** Null for changes that are not about one request (a routing rule). */
  requestId: string | null;
  kind: string;
  at: string;
}

/**
 * Something changed in a werkgroep (sent to the group's room only). `kind` is group, members,
 * post, reaction, document, folder, draaiboek, curriculum or glossary; `action` says what
 * (created, updated, deleted, versioned, ...). Clients refetch what they show.
 */
export interface WerkgroepChangeDto {
  werkgroepId: string;
  kind: string;
  entityId: string | null;
  action: string;
  at: string;
}

export interface MeetingPresenceDto {
  agendaId: string;
  people: Array<{ personId: string; name: string }>;
}

/** socket.io server → client events (typed on both ends). */
export interface ServerToClientEvents {
  'notification:new': (notification: NotificationDto) => void;
  'region:activity': (activity: RegionActivityDto) => void;
  'actieagenda:changed': (change: ActieagendaChangeDto) => void;
  'meeting:presence': (presence: MeetingPresenceDto) => void;
  'activity:changed': (change: ActivityChangeDto) => void;
  'loket:changed': (change: LoketChangeDto) => void;
  'werkgroep:changed': (change: WerkgroepChangeDto) => void;
  /**
   * You were added to this werkgroep (sent to your own room only): screens that list your groups
   * refetch, and may then watch it (`werkgroep:watch`).
   */
  'werkgroep:added': (added: { werkgroepId: string }) => void;
  /** You no longer have access to this werkgroep (removed); the socket has left its room. */
  'werkgroep:removed': (removed: { werkgroepId: string }) => void;
  /**
   * Live events may have been missed (the server's link to the other nodes was down and is back):
   * refetch whatever is on screen. The server has re-checked this socket's rooms first.
   */
  resync: (info: { reason: string }) => void;
  /** The session ended (signed out, expired, identity changed): the server disconnects the socket next. */
  'session:ended': (ended: { reason: string }) => void;
  error: (error: { code: string; message: string }) => void;
}

/**
 * The acknowledgement of a client → server event. It always comes, within seconds: when the
 * server cannot do it now (database or Redis away) `code` is SERVICE_UNAVAILABLE with
 * `retryAfterSeconds`.
 */
export interface SocketAck {
  ok: boolean;
  code?: string;
  retryAfterSeconds?: number;
}

/** socket.io client → server events. */
export interface ClientToServerEvents {
  'region:watch': (regionId: string, ack?: (result: SocketAck) => void) => void;
  'meeting:join': (agendaId: string, ack?: (result: SocketAck) => void) => void;
  'meeting:leave': (agendaId: string) => void;
  /** Follow a werkgroep live (members, and region members for groups the region may read). */
  'werkgroep:watch': (werkgroepId: string, ack?: (result: SocketAck) => void) => void;
  'werkgroep:unwatch': (werkgroepId: string) => void;
}

/** Room names, in one place so gateway and listeners agree. */
export const rooms = {
  user: (personId: string) => `user:${personId}`,
  region: (regionId: string) => `region:${regionId}`,
  school: (schoolId: string) => `school:${schoolId}`,
  meeting: (agendaId: string) => `meeting:${agendaId}`,
  werkgroep: (werkgroepId: string) => `werkgroep:${werkgroepId}`,
} as const;

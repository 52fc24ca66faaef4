import { ActieagendaChangeDto, ActivityChangeDto, LoketChangeDto, WerkgroepChangeDto, ActivityAction, NotificationDto, RegionEntity } from '@verbinder/shared/contracts';

/**
 * The typed map of domain events. Core services emit after commit; the realtime layer
 * fans them out to socket.io rooms and GraphQL subscriptions (through Redis when configured).
 */
export interface DomainEventMap {
  'region.activity': {
    regionId: string;
    entity: RegionEntity;
    entityId: string;
    action: ActivityAction;
    actorId: string | null;
    actorName: string | null;
    at: string;
  };
  'notification.created': { personId: string; notification: NotificationDto };
  'actieagenda.changed': ActieagendaChangeDto & { regionId: string };
  'meetups.changed': ActivityChangeDto & { regionId: string };
  'loket.changed': LoketChangeDto & { regionId: string };
  'werkgroep.changed': WerkgroepChangeDto & { regionId: string };
  /** A person was added to a group: their open screens (the werkgroepen list) learn of it through their own room. */
  'werkgroep.member-added': { regionId: string; werkgroepId: string; personId: string };
  /** A member left or was removed: every node takes the person's sockets out of the group's room. */
  'werkgroep.member-removed': { regionId: string; werkgroepId: string; personId: string };
  /** Stories went offline (unpublished by hand, a withdrawn or expired consent): the public site, feeds and copies drop them. */
  'story.unpublished': { regionId: string; storyIds: string[]; reason: string; at: string };
  /** Public content of a story changed without a change of status (e.g. a translation): public caches drop their copy. */
  'story.changed': { regionId: string; storyId: string; at: string };
  /** A story became visible on the public site. */
  'story.published': { regionId: string; storyId: string; at: string };
  /**
   * A session ended (sign-out) or rights changed: every node drops the actors it cached for that
   * session (`sessionIdHash`, the stored SHA-256 of the token), or all of them when it is null.
   * With `personId`: this person's sessions or rights changed; every node re-checks each live
   * connection (socket.io, graphql-ws) of the person now, closing those whose session is gone and
   * taking away the rooms and subscriptions they lost. With only `sessionIdHash`: the live
   * connections of that one session are re-checked (after sign-out: closed).
   */
  'identity.sessions-changed': { sessionIdHash: string | null; personId?: string | null };
  /**
   * Events between nodes may have been lost (a node's Redis connections came back after a break;
   * relayed to every node): each node empties its caches, re-checks its sockets' rooms, tells its
   * socket.io clients `resync` (refetch) and completes its GraphQL subscriptions (resubscribe).
   */
  'events.resync': { nodeId: string; reason: 'redis-reconnected' };
}

export type DomainEventName = keyof DomainEventMap;

export interface DomainEventEnvelope<K extends DomainEventName = DomainEventName> {
  name: K;
  payload: DomainEventMap[K];
}

export const DOMAIN_EVENTS = Symbol('DOMAIN_EVENTS');

export interface DomainEvents {
  /** Publish to every node (local listeners and, with Redis, the other API nodes). */
  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void>;
  /**
   * Subscribe to events of one name; returns an unsubscribe function. `meta.local` is true for
   * events emitted on this node, false for events relayed from other nodes.
   */
  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K], meta: { local: boolean }) => void): () => void;
  /** Async iterator over events of one name (GraphQL subscriptions); ends when `return()` is called. */
  iterate<K extends DomainEventName>(name: K, filter?: (payload: DomainEventMap[K]) => boolean): AsyncIterableIterator<DomainEventMap[K]>;
}

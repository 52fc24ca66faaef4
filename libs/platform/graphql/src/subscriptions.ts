import { DomainError, DomainEventMap, DomainEventName, DomainEvents, isUuid } from '@verbinder/shared/kernel';

/** A subscription's `resolve`: events carry `at` as an ISO text (they cross Redis as JSON); clients get a DateTime. */
export const withEventDate = <P extends { at: string }>(payload: P) => ({ ...payload, at: new Date(payload.at) });

type RegionEventName = { [K in DomainEventName]: DomainEventMap[K] extends { regionId: string | null } ? K : never }[DomainEventName];

/**
 * The events `name` of one region, for a subscriber who `mayWatch` it: a malformed id is NOT_FOUND like an unknown
 * region, someone who may not watch it FORBIDDEN (with `forbidden` as the message, if given).
 */
export function regionEvents<K extends RegionEventName>(events: DomainEvents, name: K, regionId: string, mayWatch: (regionId: string) => boolean, forbidden?: string) {
  if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
  if (!mayWatch(regionId)) throw DomainError.forbidden(forbidden);
  return events.iterate(name, (e) => (e as { regionId: string | null }).regionId === regionId);
}

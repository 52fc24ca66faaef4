import { DocumentMirror } from './mirror.types';

const time = (at: Date): string => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(at);

/**
 * Why an item is not mirrored yet, in Dutch for the group's page; null when it is not waiting.
 * PENDING: being mirrored now under a lease (and when another server takes over if this one
 * stops answering), a lease left behind by a server that stopped (taken over shortly), or queued
 * behind the channel's 4 requests per second. WAITING/RETRYING: the recorded reason.
 */
export function mirrorWaitingReason(item: Pick<DocumentMirror, 'status' | 'leaseUntil' | 'lastError'>, now: Date): string | null {
  if (item.status === 'WAITING' || item.status === 'RETRYING') return item.lastError;
  if (item.status !== 'PENDING') return null;
  if (item.leaseUntil && item.leaseUntil > now) {
    return `Wordt nu naar Teams gestuurd. Reageert de server die eraan werkt niet meer, dan neemt een andere het om ${time(item.leaseUntil)} over.`;
  }
  if (item.leaseUntil) return 'De server die dit naar Teams stuurde, reageert niet meer; een andere server neemt het binnen een halve minuut over.';
  return 'Staat in de wachtrij: Teams neemt per kanaal hoogstens 4 verzoeken per seconde aan, dus veel documenten tegelijk gaan stap voor stap.';
}

import { LiveIndicator, StatusBadge } from '@verbinder/web/ui';
import type { MyRegistration } from './operations';
import { myStatusLabels, placesLeftLabel, placesTone, registrationStatusTones } from './labels';

/** Places left in colour, icon and words ("nog 3 plekken", "vol — wachtlijst"). */
export function PlacesBadge({ placesLeft }: { placesLeft: number | null }) {
  return (
    <StatusBadge tone={placesTone(placesLeft)} prefix="Plekken:">
      {placesLeftLabel(placesLeft)}
    </StatusBadge>
  );
}

/** The viewer's own registration; "plaats n" while on the waiting list. */
export function MyRegistrationBadge({ registration }: { registration: MyRegistration }) {
  const label = registration.status === 'WAITLISTED' && registration.waitlistPosition ? `${myStatusLabels.WAITLISTED} (plaats ${registration.waitlistPosition})` : myStatusLabels[registration.status];
  return (
    <StatusBadge tone={registrationStatusTones[registration.status]} prefix="Jouw aanmelding:">
      {label}
    </StatusBadge>
  );
}

/** Live indicator of the activity screens; the places left are announced where they change. */
export function LiveStatus({ connected, lastChange }: { connected: boolean; lastChange: string | null }) {
  return <LiveIndicator connected={connected} liveText="Plekken worden live bijgewerkt" lastChange={lastChange} announce={false} />;
}

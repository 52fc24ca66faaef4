import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, buttonClassName } from '@verbinder/web/ui';
import { useRegion } from './region-page';

export interface RegionListTabProps {
  /** How many things the tab lists; none shows `emptyMessage`. */
  count: number;
  emptyMessage: string;
  /** The "… toevoegen" link for people who manage the region, and its path below `/regio/:slug/`. */
  addLabel: string;
  addPath: string;
  children: ReactNode;
}

/** A tab of the region page that lists one kind of thing (schools, leerlabs, leerroutes), with an add link for managers. */
export function RegionListTab({ count, emptyMessage, addLabel, addPath, children }: RegionListTabProps) {
  const region = useRegion();
  const addLink = region.canManage ? (
    <Link className={buttonClassName('primary')} to={`/regio/${region.slug}/${addPath}`}>
      {addLabel}
    </Link>
  ) : null;

  if (count === 0) {
    return <EmptyState message={emptyMessage} action={addLink} />;
  }
  return (
    <div className="vb-stack">
      {addLink && <div className="vb-inline">{addLink}</div>}
      {children}
    </div>
  );
}

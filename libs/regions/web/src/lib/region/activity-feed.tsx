import { useEffect, useState } from 'react';
import { getSocket, useSocketConnected, useSocketEvent, type RegionActivityDto } from '@verbinder/web/api-client';
import { Card, formatTime } from '@verbinder/web/ui';
import { activityActionLabels, activityEntityLabels } from '../labels';

const MAX_ITEMS = 20;

export interface ActivityFeedProps {
  regionId: string;
  /** Called for every activity in this region, e.g. to refetch lists. */
  onActivity: (activity: RegionActivityDto) => void;
}

function describe(activity: RegionActivityDto): string {
  const entity = activityEntityLabels[activity.entity] ?? activity.entity;
  const action = activityActionLabels[activity.action] ?? activity.action;
  return `${entity} ${action}`;
}

/** Live "Recente activiteit" for one region, fed by the socket event region:activity. */
export function ActivityFeed({ regionId, onActivity }: ActivityFeedProps) {
  const [items, setItems] = useState<RegionActivityDto[]>([]);
  const connected = useSocketConnected();

  // Ask to follow this region as well (needed when the viewer is not a member, e.g. a beheerder).
  useEffect(() => {
    if (connected) getSocket().emit('region:watch', regionId);
  }, [connected, regionId]);

  useSocketEvent('region:activity', (activity) => {
    if (activity.regionId !== regionId) return;
    setItems((current) => [activity, ...current].slice(0, MAX_ITEMS));
    onActivity(activity);
  });

  return (
    <Card title="Recente activiteit" className="vb-activity">
      <p className="vb-muted vb-activity__status">
        <span className={connected ? 'vb-dot vb-dot--on' : 'vb-dot'} aria-hidden="true" />
        {connected ? 'Live bijgewerkt' : 'Geen live-verbinding; ververs de pagina voor het laatste nieuws.'}
      </p>
      <div aria-live="polite" aria-relevant="additions">
        {items.length === 0 ? (
          <p className="vb-muted">Nog geen activiteit sinds je deze pagina opende.</p>
        ) : (
          <ol className="vb-activity__list">
            {items.map((item) => (
              <li key={`${item.entity}-${item.entityId}-${item.at}-${item.action}`}>
                <span className="vb-activity__what">{describe(item)}</span>
                <span className="vb-muted">
                  {item.actorName ? ` door ${item.actorName}` : ''} om <time dateTime={item.at}>{formatTime(item.at)}</time>
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}

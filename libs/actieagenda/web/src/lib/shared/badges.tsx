import { Badge, ProgressBar, StatusBadge, type StatusTone } from '@verbinder/web/ui';
import type { ActieClosure, ActieStatus, Trend } from '../graphql/types';
import { closureLabels, noStatusLabel, statusLabels, trendArrows, trendLabels } from '../labels';

export const statusTones: Record<ActieStatus, StatusTone> = {
  OP_KOERS: 'green',
  RISICO: 'orange',
  ACHTER: 'red',
  GEPAUZEERD: 'grey',
};

/** Status in colour, icon and words; null (no open acties) is grey. */
export function ActieStatusBadge({ status }: { status: ActieStatus | null }) {
  return (
    <StatusBadge tone={status ? statusTones[status] : 'grey'} prefix="Status:" icon={status ? undefined : '–'}>
      {status ? statusLabels[status] : noStatusLabel}
    </StatusBadge>
  );
}

export function statusTone(status: ActieStatus | null): StatusTone {
  return status ? statusTones[status] : 'grey';
}

/** "↑ stijgend": the arrow is decoration, the word is the information. */
export function TrendIndicator({ trend }: { trend: Trend }) {
  return (
    <span className={`vb-trend vb-trend--${trend.toLowerCase()}`}>
      <span aria-hidden="true">{trendArrows[trend]}</span> <span className="vb-visually-hidden">Trend: </span>
      {trendLabels[trend]}
    </span>
  );
}

export function OverdueBadge() {
  return <Badge tone="danger">Te laat</Badge>;
}

export function FocusBadge() {
  return <Badge tone="accent">Focuslijn</Badge>;
}

export function ClosureBadge({ closure }: { closure: ActieClosure }) {
  const tone = closure === 'BEHAALD' ? 'success' : closure === 'DEELS' ? 'info' : closure === 'GEMIST' ? 'danger' : 'neutral';
  return <Badge tone={tone}>Afgesloten: {closureLabels[closure]}</Badge>;
}

/** Progress bar coloured by status. */
export function StatusProgress({ value, status, label, testId, size }: { value: number; status: ActieStatus | null; label: string; testId?: string; size?: 'normal' | 'large' }) {
  return <ProgressBar value={value} label={label} tone={status ? statusTones[status] : 'primary'} data-testid={testId} size={size} />;
}

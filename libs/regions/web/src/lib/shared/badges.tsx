import { Badge, type BadgeTone } from '@verbinder/web/ui';
import type { MembershipLayer, MembershipRole, RoutePhase, RouteType, SchoolKind } from '../graphql/types';
import { layerLabels, roleLabels, routePhaseLabels, routeTypeLabels, schoolKindLabels } from '../labels';

const routeTypeTones: Record<RouteType, BadgeTone> = { REGULIER: 'neutral', DOORLOPEND: 'info', GEINTEGREERD: 'accent' };
const phaseTones: Record<RoutePhase, BadgeTone> = {
  VERKENNING: 'neutral',
  ONTWIKKELING: 'warning',
  PILOT: 'info',
  LOPEND: 'success',
  GESTOPT: 'danger',
};

export function RouteTypeBadge({ routeType }: { routeType: RouteType }) {
  return <Badge tone={routeTypeTones[routeType]}>{routeTypeLabels[routeType]}</Badge>;
}

export function PhaseBadge({ phase }: { phase: RoutePhase }) {
  return <Badge tone={phaseTones[phase]}>{routePhaseLabels[phase]}</Badge>;
}

export function SchoolKindBadge({ kind }: { kind: SchoolKind }) {
  return <Badge tone={kind === 'MBO' ? 'accent' : kind === 'VO' ? 'info' : 'neutral'}>{schoolKindLabels[kind]}</Badge>;
}

export function RoleBadge({ role, layer }: { role: MembershipRole; layer: MembershipLayer }) {
  return (
    <Badge tone="neutral">
      {roleLabels[role]} · {layerLabels[layer]}
    </Badge>
  );
}

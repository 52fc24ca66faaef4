// A valid doorlopende leerroute input for specs (vmbo kader BWI to mbo niveau 3 BOL); override what a case needs.
import type { LeerrouteInput } from '../regions.types';

export const leerrouteInput = (patch: Partial<LeerrouteInput> = {}): LeerrouteInput => ({
  regionId: 'r1',
  name: 'Route',
  routeType: 'DOORLOPEND',
  phase: 'ONTWIKKELING',
  vmboLeerweg: 'KADER',
  vmboProfiel: 'BWI',
  mboOpleiding: 'Timmerman',
  mboNiveau: 3,
  mboLeerweg: 'BOL',
  shorteningMonths: 6,
  vmboExamScope: 'VOLLEDIG',
  vmboExamLastRouteYear: 2,
  bpvStartRouteYear: 1,
  voSchoolId: 'vo',
  mboSchoolId: 'mbo',
  fundingTransferAgreed: false,
  ...patch,
});

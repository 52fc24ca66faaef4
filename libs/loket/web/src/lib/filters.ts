/** The inbox filters and their place in the URL query string (pure, no React). */
import { REQUEST_STATUSES, REQUEST_TYPES } from './labels';
import type { LoketRequestFilter, LoketRequestStatus, LoketRequestType, LoketSlaFilter } from './operations';

export interface InboxFilters {
  status: LoketRequestStatus[];
  type: LoketRequestType | '';
  school: string;
  owner: string;
  mine: boolean;
  sla: LoketSlaFilter | '';
  search: string;
  includeClosed: boolean;
}

export const EMPTY_FILTERS: InboxFilters = {
  status: [],
  type: '',
  school: '',
  owner: '',
  mine: false,
  sla: '',
  search: '',
  includeClosed: false,
};

/** Query-string words (Dutch, readable in a shared link) for the SLA filter. */
const SLA_PARAM: Record<LoketSlaFilter, string> = { BREACHED: 'te-laat', AT_RISK: 'bijna-te-laat' };

/** ?status=NIEUW&status=IN_BEHANDELING&soort=GASTLES&school=…&eigenaar=…&mijn=ja&termijn=te-laat&zoek=…&afgerond=ja */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const statuses = params.getAll('status').filter((value): value is LoketRequestStatus => (REQUEST_STATUSES as string[]).includes(value));
  const type = params.get('soort') ?? '';
  const sla = (Object.keys(SLA_PARAM) as LoketSlaFilter[]).find((key) => SLA_PARAM[key] === params.get('termijn'));
  return {
    status: [...new Set(statuses)],
    type: (REQUEST_TYPES as string[]).includes(type) ? (type as LoketRequestType) : '',
    school: params.get('school') ?? '',
    owner: params.get('eigenaar') ?? '',
    mine: params.get('mijn') === 'ja',
    sla: sla ?? '',
    search: params.get('zoek') ?? '',
    includeClosed: params.get('afgerond') === 'ja',
  };
}

export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.status) params.append('status', status);
  if (filters.type) params.set('soort', filters.type);
  if (filters.school) params.set('school', filters.school);
  if (filters.mine) params.set('mijn', 'ja');
  else if (filters.owner) params.set('eigenaar', filters.owner);
  if (filters.sla) params.set('termijn', SLA_PARAM[filters.sla]);
  if (filters.search.trim()) params.set('zoek', filters.search.trim());
  if (filters.includeClosed) params.set('afgerond', 'ja');
  return params;
}

export function hasFilters(filters: InboxFilters): boolean {
  return filtersToParams(filters).toString() !== '';
}

/**
 * The API's LoketRequestFilter. "Alleen mijn aanvragen" wins over a chosen owner; choosing the
 * status AFGEROND implies including closed requests.
 */
export function toRequestFilter(filters: InboxFilters): LoketRequestFilter {
  const filter: LoketRequestFilter = {};
  if (filters.status.length > 0) filter.status = filters.status;
  if (filters.type) filter.type = [filters.type];
  if (filters.school) filter.schoolId = filters.school;
  if (filters.mine) filter.mine = true;
  else if (filters.owner) filter.ownerId = filters.owner;
  if (filters.sla) filter.sla = filters.sla;
  if (filters.search.trim()) filter.search = filters.search.trim();
  if (filters.includeClosed || filters.status.includes('AFGEROND')) filter.includeClosed = true;
  return filter;
}

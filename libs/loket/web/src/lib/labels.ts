/** Dutch labels for everything the loket screens show. The one place to change wording. */
import { REQUEST_STATUS_TEXT_FOR_STAFF, REQUEST_TYPE_TEXT } from '@verbinder/shared/contracts';
import type { SelectOption, StatusTone } from '@verbinder/web/ui';
import type { LoketAuditAction, LoketRequestStatus, LoketRequestType } from './operations';

export const typeLabels: Record<LoketRequestType, string> = REQUEST_TYPE_TEXT;

/** Staff wording ("Wacht op bedrijf"); the company reads REQUEST_STATUS_TEXT_FOR_COMPANY. */
export const statusLabels: Record<LoketRequestStatus, string> = REQUEST_STATUS_TEXT_FOR_STAFF;

export const statusTones: Record<LoketRequestStatus, StatusTone> = {
  NIEUW: 'orange',
  IN_BEHANDELING: 'green',
  WACHT_OP_BEDRIJF: 'grey',
  AFGEROND: 'grey',
};

export const statusIcons: Record<LoketRequestStatus, string> = {
  NIEUW: '★',
  IN_BEHANDELING: '✓',
  WACHT_OP_BEDRIJF: '‖',
  AFGEROND: '■',
};

export const auditActionLabels: Record<LoketAuditAction, string> = {
  VIEWED: 'Bekeken',
  CHANGED: 'Gewijzigd',
};

/** What an audit entry is about (the API's `what` codes); unknown codes are shown as they are. */
export const auditWhatLabels: Record<string, string> = {
  request: 'De aanvraag',
  reply: 'Antwoord aan het bedrijf',
  'internal-note': 'Interne notitie',
  status: 'Status',
  assign: 'Toewijzing en scholen',
  merge: 'Samenvoegen',
  export: 'Export van de gegevens',
  erase: 'Wissen van persoonsgegevens',
};

/** Ledger channels. */
export const channelLabels: Record<string, string> = {
  LOKET: 'Via het loket',
  HANDMATIG: 'Zelf vastgelegd',
};

export const roleLabels: Record<string, string> = {
  LOKET_MEDEWERKER: 'loket-medewerker',
  VERBINDER: 'verbinder',
  BEHEERDER: 'beheerder',
};

export const REQUEST_STATUSES = Object.keys(statusLabels) as LoketRequestStatus[];
export const REQUEST_TYPES = Object.keys(typeLabels) as LoketRequestType[];

export function optionsFrom<K extends string>(labels: Record<K, string>): SelectOption[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

import './lib/loket.css';

export { LoketInboxPage } from './lib/inbox-page';
export { LoketRequestPage } from './lib/request-page';
export { LoketSettingsPage } from './lib/settings-page';
export { LoketLedgerPage } from './lib/ledger-page';
export { LoketReportPage } from './lib/report-page';
export { LOKET_STAFF_ROLES } from './lib/access';

import './lib/actieagenda.css';

export { ActieagendaPage } from './lib/dashboard/actieagenda-page';
export { ActiePage } from './lib/actie/actie-page';
export { MeetingPage } from './lib/meeting/meeting-page';
export { AchtjePage } from './lib/achtje/achtje-page';

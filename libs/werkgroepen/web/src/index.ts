// Werkgroepen screens: the region's groups, a group's stream, documents, draaiboek,
// curriculum comparison and members, and the region's glossary (taalbrug).
import './lib/werkgroepen-docs.css';

export { WerkgroepDocumentsTab } from './lib/documents-tab';
export { WerkgroepDraaiboekTab } from './lib/draaiboek-tab';
export { TeamsTenantsPage, WerkgroepTeamsPage } from './lib/teams-page';

// Werkgroepen screens: the region's groups, a group's stream, documents, draaiboek,
// curriculum comparison and members, and the region's glossary (taalbrug).
import './lib/werkgroepen.css';
import './lib/werkgroepen-docs.css';

export { WerkgroepDocumentsTab } from './lib/documents-tab';
export { WerkgroepDraaiboekTab } from './lib/draaiboek-tab';
export { WerkgroepCurriculumTab } from './lib/curriculum/curriculum-page';

export { WerkgroepenPage, WerkgroepSignalPanel } from './lib/werkgroepen-page';
export { WerkgroepLayout, useWerkgroep, type WerkgroepOutlet } from './lib/werkgroep-layout';
export { StreamTab } from './lib/stream-tab';
export { MembersTab } from './lib/members-tab';
export { TaalbrugPage } from './lib/taalbrug-page';
export { useWerkgroepLive, type WerkgroepLive } from './lib/live';
export { TeamsTenantsPage, WerkgroepTeamsPage } from './lib/teams-page';

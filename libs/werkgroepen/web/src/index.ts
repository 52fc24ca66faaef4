// Werkgroepen screens: the region's groups, a group's stream, documents, draaiboek,
// curriculum comparison and members, and the region's glossary (taalbrug).
import './lib/werkgroepen.css';

export { WerkgroepenPage } from './lib/werkgroepen-page';
export { WerkgroepLayout, useWerkgroep, type WerkgroepOutlet } from './lib/werkgroep-layout';
export { StreamTab } from './lib/stream-tab';
export { MembersTab } from './lib/members-tab';
export { TaalbrugPage } from './lib/taalbrug-page';
export { useWerkgroepLive, type WerkgroepLive } from './lib/live';

// Werkgroepen screens: the region's groups, a group's stream, documents, draaiboek,
// curriculum comparison and members, and the region's glossary (taalbrug).
export { WerkgroepCurriculumTab } from './lib/curriculum/curriculum-page';

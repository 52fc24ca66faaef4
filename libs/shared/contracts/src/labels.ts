/**
 * The Dutch names of domain values (statuses, kinds, types, leerroute terms): the one home that the
 * API (core), the public site and the web screens all import, so a wording changes in one place.
 * Each map is a `Record` over its value union, so a missing value is a compile error.
 * Where surfaces deliberately word a value differently, the variants stand side by side here and
 * their names say for whom they are (`_FOR_COMPANY`/`_FOR_STAFF`, `_IN_RECORDS`/`_ON_SCREEN`, `PLAIN_`).
 */

// --- Loket ---

export const REQUEST_TYPES = ['STAGEPLAATSEN', 'BPV_LEERBEDRIJF', 'GASTLES', 'BEDRIJFSOPDRACHT', 'MEETUP', 'EXCURSIE', 'CHALLENGE_PARTNER', 'OPEN_DAG', 'WERKGROEP'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = ['NIEUW', 'IN_BEHANDELING', 'WACHT_OP_BEDRIJF', 'AFGEROND'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** For mails, notifications, pages, the CSV export and the staff screens alike. */
export const REQUEST_TYPE_TEXT: Record<RequestType, string> = {
  STAGEPLAATSEN: 'Stageplaatsen',
  BPV_LEERBEDRIJF: 'BPV / leerbedrijf',
  GASTLES: 'Gastles',
  BEDRIJFSOPDRACHT: 'Bedrijfsopdracht',
  MEETUP: 'Meet-up',
  EXCURSIE: 'Excursie',
  CHALLENGE_PARTNER: 'Challenge-partner',
  OPEN_DAG: 'Open dag',
  WERKGROEP: 'Werkgroep',
};

/** The status as the company reads it (mails, notifications, its status page): addressed to the company. */
export const REQUEST_STATUS_TEXT_FOR_COMPANY: Record<RequestStatus, string> = { NIEUW: 'Ontvangen', IN_BEHANDELING: 'In behandeling', WACHT_OP_BEDRIJF: 'Wacht op jouw reactie', AFGEROND: 'Afgerond' };

/** The status as loket staff read it in the web screens: what they have to do next. */
export const REQUEST_STATUS_TEXT_FOR_STAFF: Record<RequestStatus, string> = { NIEUW: 'Nieuw', IN_BEHANDELING: 'In behandeling', WACHT_OP_BEDRIJF: 'Wacht op bedrijf', AFGEROND: 'Afgerond' };

// --- Meetups ---

export const ACTIVITY_KINDS = ['VERBINDERSOVERLEG', 'KENNISMAKINGSDAG', 'MEELOOPDAG', 'DOCENTSTAGE', 'GASTLES', 'WORKSHOP', 'THEMADAG', 'CONGRES', 'ONTBIJT_MEETUP', 'OPEN_DAG'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_TEXT: Record<ActivityKind, string> = {
  VERBINDERSOVERLEG: 'Verbindersoverleg',
  KENNISMAKINGSDAG: 'Kennismakingsdag',
  MEELOOPDAG: 'Meeloopdag',
  DOCENTSTAGE: 'Docentstage',
  GASTLES: 'Gastles',
  WORKSHOP: 'Workshop',
  THEMADAG: 'Themadag',
  CONGRES: 'Congres',
  ONTBIJT_MEETUP: 'Ontbijt-meet-up',
  OPEN_DAG: 'Open dag',
};

// --- Werkgroepen and curriculum ---

export const WERKGROEP_KINDS = [
  'INTERSCOLAIRE_VAKGROEP',
  'DOCENTWERKGROEP',
  'SCHOOLLEIDERSWERKGROEP',
  'REGIEGROEP',
  'STUURGROEP',
  'PROJECTGROEP',
  'ONTWIKKELGROEP',
  'DECANENKRING',
  'SECTORWERKGROEP',
] as const;
export type WerkgroepKind = (typeof WERKGROEP_KINDS)[number];

export const WERKGROEP_KIND_TEXT: Record<WerkgroepKind, string> = {
  INTERSCOLAIRE_VAKGROEP: 'Interscolaire vakgroep',
  DOCENTWERKGROEP: 'Docentwerkgroep',
  SCHOOLLEIDERSWERKGROEP: 'Schoolleiderswerkgroep',
  REGIEGROEP: 'Regiegroep',
  STUURGROEP: 'Stuurgroep',
  PROJECTGROEP: 'Projectgroep',
  ONTWIKKELGROEP: 'Ontwikkelgroep',
  DECANENKRING: 'Decanenkring',
  SECTORWERKGROEP: 'Werkgroep per sector',
};

export const CURRICULUM_SIDES = ['VO', 'MBO'] as const;
export type CurriculumSide = (typeof CURRICULUM_SIDES)[number];

/** Kinds of item on the vo side (the PTA and the exam programme). */
export const VO_ITEM_KINDS = ['PTA_COMPONENT', 'PROFIEL', 'KEUZEVAK', 'EINDTERM'] as const;
/** Kinds of item on the mbo side (the OER and the qualification file). */
export const MBO_ITEM_KINDS = ['OER_COMPONENT', 'KEUZEDEEL', 'KWALIFICATIE_ONDERDEEL'] as const;
export const CURRICULUM_ITEM_KINDS = [...VO_ITEM_KINDS, ...MBO_ITEM_KINDS] as const;
export type CurriculumItemKind = (typeof CURRICULUM_ITEM_KINDS)[number];

export const CURRICULUM_RELATIONS = ['OVERLAP', 'GAP', 'FIT'] as const;
export type CurriculumRelation = (typeof CURRICULUM_RELATIONS)[number];

export const CURRICULUM_DECISIONS = ['SCHRAPPEN', 'VERDIEPEN', 'VERBREDEN', 'VERSNELLEN'] as const;
export type CurriculumDecision = (typeof CURRICULUM_DECISIONS)[number];

export const CURRICULUM_SIDE_TEXT: Record<CurriculumSide, string> = { VO: 'vo', MBO: 'mbo' };

export const CURRICULUM_ITEM_KIND_TEXT: Record<CurriculumItemKind, string> = {
  PTA_COMPONENT: 'PTA-onderdeel',
  PROFIEL: 'Profiel',
  KEUZEVAK: 'Keuzevak',
  EINDTERM: 'Eindterm',
  OER_COMPONENT: 'OER-onderdeel',
  KEUZEDEEL: 'Keuzedeel',
  KWALIFICATIE_ONDERDEEL: 'Kwalificatie-onderdeel',
};

export const CURRICULUM_RELATION_TEXT: Record<CurriculumRelation, string> = { OVERLAP: 'Overlap', GAP: 'Gat', FIT: 'Sluit aan' };

export const CURRICULUM_DECISION_TEXT: Record<CurriculumDecision, string> = { SCHRAPPEN: 'Schrappen', VERDIEPEN: 'Verdiepen', VERBREDEN: 'Verbreden', VERSNELLEN: 'Versnellen' };

// --- Memberships ---

/** The membership layers (MembershipLayer in shared/kernel, which contracts may not import). */
export const MEMBERSHIP_LAYER_VALUES = ['BESTUURLIJK', 'MANAGEMENT', 'PROFESSIONEEL'] as const;
export type MembershipLayerValue = (typeof MEMBERSHIP_LAYER_VALUES)[number];

export const MEMBERSHIP_LAYER_LABELS: Record<MembershipLayerValue, string> = { BESTUURLIJK: 'Bestuurlijk', MANAGEMENT: 'Management', PROFESSIONEEL: 'Professioneel' };

// --- Regions: schools and leerroutes ---

/**
 * Leerroute and school values with their Dutch names. Two wordings on purpose: the staff screens
 * use the official terms (`*_LABELS`), the public site plain Dutch at B1 level (`PLAIN_*`), since
 * parents and pupils read it, often on a phone and not always in their first language.
 */
export type SchoolKind = 'VO' | 'MBO' | 'BOTH';
export type RouteType = 'REGULIER' | 'DOORLOPEND' | 'GEINTEGREERD';
export type VmboLeerweg = 'BASIS' | 'KADER' | 'GEMENGD' | 'THEORETISCH';
export type MboLeerweg = 'BOL' | 'BBL';
export type VmboExamScope = 'VOLLEDIG' | 'GEDEELTELIJK' | 'GEEN';
export type RoutePhase = 'VERKENNING' | 'ONTWIKKELING' | 'PILOT' | 'LOPEND' | 'GESTOPT';

// Staff screens (official terms).

export const SCHOOL_KIND_LABELS: Record<SchoolKind, string> = { VO: 'vo', MBO: 'mbo', BOTH: 'vo en mbo' };

export const ROUTE_TYPE_LABELS: Record<RouteType, string> = { REGULIER: 'Reguliere leerroute', DOORLOPEND: 'Doorlopende leerroute', GEINTEGREERD: 'Geïntegreerde leerroute' };

export const ROUTE_TYPE_EXPLANATIONS: Record<RouteType, string> = {
  REGULIER: 'Vmbo en mbo sluiten elk af met een eigen diploma. De twee opleidingen worden niet of nauwelijks gecombineerd.',
  DOORLOPEND:
    'Eén gecombineerd programma van een vmbo-profiel en een verwante mbo-opleiding. De leerling haalt een vmbo-diploma én een mbo-diploma (niveau 2, 3 of 4). Het onderwijs mag verdiept, verrijkt of versneld worden.',
  GEINTEGREERD:
    'Een bijzondere vorm van de doorlopende leerroute: vanuit de basisberoepsgerichte leerweg rechtstreeks naar een mbo-diploma op niveau 2. Het vmbo-examen vervalt gedeeltelijk of helemaal.',
};

export const VMBO_LEERWEG_LABELS: Record<VmboLeerweg, string> = {
  BASIS: 'basisberoepsgerichte leerweg (bb)',
  KADER: 'kaderberoepsgerichte leerweg (kb)',
  GEMENGD: 'gemengde leerweg (gl)',
  THEORETISCH: 'theoretische leerweg (tl)',
};

export const MBO_LEERWEG_LABELS: Record<MboLeerweg, string> = { BOL: 'bol (beroepsopleidende leerweg)', BBL: 'bbl (beroepsbegeleidende leerweg)' };

export const ROUTE_PHASE_LABELS: Record<RoutePhase, string> = { VERKENNING: 'Verkenning', ONTWIKKELING: 'In ontwikkeling', PILOT: 'Pilotjaar', LOPEND: 'Lopend', GESTOPT: 'Gestopt' };

export const VMBO_EXAM_SCOPE_LABELS: Record<VmboExamScope, string> = { VOLLEDIG: 'volledig vmbo-examen', GEDEELTELIJK: 'gedeeltelijk', GEEN: 'geen vmbo-examen' };

// Public site (plain Dutch, B1: short sentences, everyday words).

export const PLAIN_ROUTE_TYPE_TEXT: Record<RouteType, { name: string; explanation: string }> = {
  REGULIER: {
    name: 'Gewone route',
    explanation: 'Je haalt eerst je vmbo-diploma. Daarna begin je aan een opleiding op het mbo. De scholen maken afspraken, zodat de overstap makkelijker is.',
  },
  DOORLOPEND: {
    name: 'Doorlopende route',
    explanation:
      'Je doet op het vmbo al lessen van het mbo. Je haalt je vmbo-diploma en gaat daarna gewoon verder op het mbo. Wat je al geleerd hebt, hoef je niet opnieuw te doen. Zo ben je vaak eerder klaar.',
  },
  GEINTEGREERD: {
    name: 'Geïntegreerde route',
    explanation:
      'Vmbo en mbo zijn samen één opleiding. Je stapt niet over naar een nieuwe school of klas. Je doet soms maar een deel van het vmbo-examen, of geen. Aan het eind krijg je een mbo-diploma.',
  },
};

export const PLAIN_VMBO_LEERWEG_TEXT: Record<VmboLeerweg, string> = {
  BASIS: 'vmbo basis (basisberoepsgerichte leerweg)',
  KADER: 'vmbo kader (kaderberoepsgerichte leerweg)',
  GEMENGD: 'vmbo gemengde leerweg',
  THEORETISCH: 'vmbo theoretische leerweg (mavo)',
};

export const PLAIN_MBO_LEERWEG_TEXT: Record<MboLeerweg, string> = {
  BOL: 'BOL: je gaat vooral naar school en je loopt stage bij een bedrijf.',
  BBL: 'BBL: je werkt bij een bedrijf en je gaat ongeveer één dag per week naar school.',
};

export const PLAIN_EXAM_SCOPE_TEXT: Record<VmboExamScope, string> = {
  VOLLEDIG: 'Je doet het hele vmbo-examen en krijgt een vmbo-diploma.',
  GEDEELTELIJK: 'Je doet een deel van het vmbo-examen.',
  GEEN: 'Je doet geen vmbo-examen. Je krijgt aan het eind een mbo-diploma.',
};

export const PLAIN_ROUTE_PHASE_TEXT: Record<RoutePhase, string> = {
  VERKENNING: 'De scholen onderzoeken of deze route kan.',
  ONTWIKKELING: 'De scholen zijn deze route aan het maken.',
  PILOT: 'Deze route loopt als proef met een eerste groep leerlingen.',
  LOPEND: 'Deze route loopt. Je kunt je ervoor aanmelden.',
  GESTOPT: 'Deze route is gestopt.',
};

export const PLAIN_SCHOOL_KIND_TEXT: Record<SchoolKind, string> = { VO: 'vmbo-school', MBO: 'mbo-school', BOTH: 'vmbo- en mbo-school' };

/** How much shorter a route is than vmbo plus the mbo course apart, in plain words. */
export function plainShorteningText(months: number): string {
  if (months <= 0) return 'Deze route duurt even lang als vmbo en mbo na elkaar.';
  if (months % 12 === 0) {
    const years = months / 12;
    return `Deze route is ${years === 1 ? 'een jaar' : `${years} jaar`} korter dan vmbo en mbo na elkaar.`;
  }
  if (months === 6) return 'Deze route is een half jaar korter dan vmbo en mbo na elkaar.';
  return `Deze route is ${months} maanden korter dan vmbo en mbo na elkaar.`;
}

// --- Actieagenda ---

/**
 * Actie statuses, closures and review outcomes with their Dutch names. Three wordings on purpose:
 * records (history lines, e-mails, CSV) are terse, the staff screens spell out what a choice means,
 * and the public site (`PLAIN_*`) speaks to parents and partners.
 */
export type ActieStatus = 'OP_KOERS' | 'RISICO' | 'ACHTER' | 'GEPAUZEERD';
export type ActieClosure = 'BEHAALD' | 'DEELS' | 'GEMIST' | 'GESTOPT';
export type ReviewOutcome = 'RELEVANT_EN_HAALBAAR' | 'BIJSTELLEN' | 'STOPPEN';

/** Records and staff screens alike. */
export const ACTIE_STATUS_LABELS: Record<ActieStatus, string> = { OP_KOERS: 'Op koers', RISICO: 'Risico', ACHTER: 'Achter', GEPAUZEERD: 'Gepauzeerd' };

export const ACTIE_CLOSURE_TEXT_IN_RECORDS: Record<ActieClosure, string> = { BEHAALD: 'Behaald', DEELS: 'Deels behaald', GEMIST: 'Gemist', GESTOPT: 'Gestopt' };
export const ACTIE_CLOSURE_LABELS_ON_SCREEN: Record<ActieClosure, string> = { BEHAALD: 'Behaald', DEELS: 'Deels behaald', GEMIST: 'Niet behaald', GESTOPT: 'Gestopt' };

export const REVIEW_OUTCOME_TEXT_IN_RECORDS: Record<ReviewOutcome, string> = { RELEVANT_EN_HAALBAAR: 'Relevant en haalbaar', BIJSTELLEN: 'Bijstellen', STOPPEN: 'Stoppen' };
export const REVIEW_OUTCOME_LABELS_ON_SCREEN: Record<ReviewOutcome, string> = { RELEVANT_EN_HAALBAAR: 'Relevant en haalbaar: we gaan door', BIJSTELLEN: 'Bijstellen', STOPPEN: 'Stoppen' };

export const PLAIN_ACTIE_STATUS_TEXT: Record<ActieStatus, string> = { OP_KOERS: 'Op koers', RISICO: 'Vraagt aandacht', ACHTER: 'Loopt achter', GEPAUZEERD: 'Even gepauzeerd' };
export const PLAIN_ACTIE_CLOSURE_TEXT: Record<ActieClosure, string> = { BEHAALD: 'Afgerond: gelukt', DEELS: 'Afgerond: deels gelukt', GEMIST: 'Afgerond: niet gelukt', GESTOPT: 'Gestopt' };

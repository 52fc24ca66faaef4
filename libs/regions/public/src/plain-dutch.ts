import type { MboLeerweg, RoutePhase, RouteType, SchoolKind, VmboExamScope, VmboLeerweg } from '@verbinder/regions/core';

/**
 * Plain Dutch (B1: short sentences, everyday words) for the public site's leerroute pages.
 * Parents and pupils read these, often on a phone and not always in their first language.
 */
export const ROUTE_TYPE_TEXT: Record<RouteType, { name: string; explanation: string }> = {
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

export const VMBO_LEERWEG_TEXT: Record<VmboLeerweg, string> = {
  BASIS: 'vmbo basis (basisberoepsgerichte leerweg)',
  KADER: 'vmbo kader (kaderberoepsgerichte leerweg)',
  GEMENGD: 'vmbo gemengde leerweg',
  THEORETISCH: 'vmbo theoretische leerweg (mavo)',
};

export const MBO_LEERWEG_TEXT: Record<MboLeerweg, string> = {
  BOL: 'BOL: je gaat vooral naar school en je loopt stage bij een bedrijf.',
  BBL: 'BBL: je werkt bij een bedrijf en je gaat ongeveer één dag per week naar school.',
};

export const EXAM_SCOPE_TEXT: Record<VmboExamScope, string> = {
  VOLLEDIG: 'Je doet het hele vmbo-examen en krijgt een vmbo-diploma.',
  GEDEELTELIJK: 'Je doet een deel van het vmbo-examen.',
  GEEN: 'Je doet geen vmbo-examen. Je krijgt aan het eind een mbo-diploma.',
};

export const PHASE_TEXT: Record<RoutePhase, string> = {
  VERKENNING: 'De scholen onderzoeken of deze route kan.',
  ONTWIKKELING: 'De scholen zijn deze route aan het maken.',
  PILOT: 'Deze route loopt als proef met een eerste groep leerlingen.',
  LOPEND: 'Deze route loopt. Je kunt je ervoor aanmelden.',
  GESTOPT: 'Deze route is gestopt.',
};

export const SCHOOL_KIND_TEXT: Record<SchoolKind, string> = {
  VO: 'vmbo-school',
  MBO: 'mbo-school',
  BOTH: 'vmbo- en mbo-school',
};

/** How much shorter a route is than vmbo plus the mbo course apart, in plain words. */
export function shorteningText(months: number): string {
  if (months <= 0) return 'Deze route duurt even lang als vmbo en mbo na elkaar.';
  if (months % 12 === 0) {
    const years = months / 12;
    return `Deze route is ${years === 1 ? 'een jaar' : `${years} jaar`} korter dan vmbo en mbo na elkaar.`;
  }
  if (months === 6) return 'Deze route is een half jaar korter dan vmbo en mbo na elkaar.';
  return `Deze route is ${months} maanden korter dan vmbo en mbo na elkaar.`;
}

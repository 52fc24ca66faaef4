/**
 * One-click demo sign-in personas (demo mode only). The people are fictional; the demo
 * seed creates them with these e-mail addresses.
 */
export interface DemoPersona {
  key: string;
  label: string;
  email: string;
  description: string;
}

export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { key: 'verbinder', label: 'Verbinder', email: 'sanne.devries@example.org', description: 'Verbinder in Noord-West Veluwe, docent techniek bij RSG Slingerbos Levant' },
  { key: 'docent', label: 'Docent', email: 'youssef.elamrani@example.org', description: 'Docent Engels bij Morgen College' },
  { key: 'loket', label: 'Loket-medewerker', email: 'ilse.hoekstra@example.org', description: 'Medewerker van het regionale bedrijvenloket, Landstede MBO' },
  { key: 'redacteur', label: 'Redacteur', email: 'bram.kuipers@example.org', description: 'Schrijft verhalen voor ouders, leerlingen en bedrijven' },
  { key: 'bestuurder', label: 'Bestuurder', email: 'marjolein.smit@example.org', description: 'Bestuurder bij Christelijk College Groevenbeek' },
  { key: 'beheerder', label: 'Beheerder', email: 'peter.jansen@example.org', description: 'Platformbeheerder: regio’s, scholen en mensen' },
];

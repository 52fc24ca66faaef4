import { ErrorCode } from '@verbinder/shared/contracts';
import { DomainError, parseCsv } from '@verbinder/shared/kernel';
import { CURRICULUM_ITEM_KINDS, CurriculumItem, CurriculumItemKind, CurriculumSide, KIND_LABEL, MBO_ITEM_KINDS, sideOfKind, VO_ITEM_KINDS } from './curriculum.types';

/** Columns of the item import, in this order in the template (the header is required; order is free). */
export const CURRICULUM_CSV_COLUMNS = ['kant', 'soort', 'code', 'titel', 'omschrijving', 'school', 'studie-uren'] as const;
export type CurriculumCsvColumn = (typeof CURRICULUM_CSV_COLUMNS)[number];

export const CURRICULUM_CSV_MAX_ROWS = 2000;
export const CURRICULUM_CSV_MAX_BYTES = 1024 * 1024;
export const CURRICULUM_STUDY_HOURS_MAX = 2000;

export interface CsvRowError {
  row: number;
  column: string;
  message: string;
}

/** One imported row: the fields of a curriculum item, with the CSV row number for error reports. */
export type ParsedCurriculumRow = Omit<CurriculumItem, 'id' | 'werkgroepId' | 'createdAt'> & { row: number };

export interface CsvSchool {
  id: string;
  name: string;
  kind: 'VO' | 'MBO' | 'BOTH';
}

const SIDE_BY_LABEL = new Map<string, CurriculumSide>([
  ['vo', 'VO'],
  ['vmbo', 'VO'],
  ['mbo', 'MBO'],
]);

const normalize = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Dutch labels ("PTA-onderdeel", "keuzedeel"), short forms ("pta", "oer") and the enum names. */
const KIND_BY_LABEL = new Map<string, CurriculumItemKind>([
  ...CURRICULUM_ITEM_KINDS.map((k) => [normalize(KIND_LABEL[k]), k] as const),
  ...CURRICULUM_ITEM_KINDS.map((k) => [normalize(k), k] as const),
  ['pta', 'PTA_COMPONENT'],
  ['pta-component', 'PTA_COMPONENT'],
  ['profieldeel', 'PROFIEL'],
  ['oer', 'OER_COMPONENT'],
  ['oer-component', 'OER_COMPONENT'],
  ['kwalificatieonderdeel', 'KWALIFICATIE_ONDERDEEL'],
]);

export const csvInvalid = (rows: CsvRowError[], message = 'Het CSV-bestand bevat fouten; er is niets ingelezen.') => new DomainError(ErrorCode.CSV_INVALID, message, { rows });

export const schoolFitsSide = (schoolKind: CsvSchool['kind'], side: CurriculumSide) => schoolKind === 'BOTH' || schoolKind === side;

/**
 * Reads and checks the whole item CSV (semicolon-separated, header required). Every row is
 * checked before anything is stored; any problem throws CSV_INVALID with all row errors.
 * Pure (schools of the region are passed in), so it is unit-tested without a database.
 */
export function parseCurriculumCsv(csv: string, schools: readonly CsvSchool[]): ParsedCurriculumRow[] {
  if (!csv || !csv.trim()) throw csvInvalid([{ row: 0, column: '', message: 'Het bestand is leeg.' }], 'Het CSV-bestand is leeg.');
  if (Buffer.byteLength(csv) > CURRICULUM_CSV_MAX_BYTES) throw csvInvalid([{ row: 0, column: '', message: 'Het bestand is groter dan 1 MB.' }], 'Het CSV-bestand is te groot (hoogstens 1 MB).');
  let table: string[][];
  try {
    table = parseCsv(csv);
  } catch {
    throw csvInvalid([{ row: 0, column: '', message: 'Een aanhalingsteken wordt niet afgesloten.' }]);
  }
  const [header = [], ...body] = table;
  const columns = header.map((h) => h.trim().toLowerCase());
  const missing = CURRICULUM_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    const names = missing.map((c) => `"${c}"`).join(', ');
    throw csvInvalid(
      missing.map((c) => ({ row: 1, column: c, message: `De kolom "${c}" ontbreekt in de kopregel.` })),
      `De kopregel van het CSV-bestand mist ${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${names}. Verwacht: ${CURRICULUM_CSV_COLUMNS.join(';')}.`,
    );
  }
  if (body.length === 0) throw csvInvalid([{ row: 2, column: '', message: 'Er staan geen rijen onder de kopregel.' }]);
  if (body.length > CURRICULUM_CSV_MAX_ROWS)
    throw csvInvalid([{ row: CURRICULUM_CSV_MAX_ROWS + 2, column: '', message: `Lees hoogstens ${CURRICULUM_CSV_MAX_ROWS} rijen tegelijk in.` }], 'Het CSV-bestand heeft te veel rijen.');

  const schoolByName = new Map(schools.map((s) => [s.name.trim().toLowerCase(), s]));
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  const parsed = body.map((cells, index): ParsedCurriculumRow => {
    const row = index + 2;
    const get = (c: CurriculumCsvColumn) => (cells[columns.indexOf(c)] ?? '').trim();
    const fail = (column: CurriculumCsvColumn, message: string) => errors.push({ row, column, message: `Rij ${row}: ${message}` });

    const sideText = get('kant');
    const side = SIDE_BY_LABEL.get(sideText.toLowerCase());
    if (!side) fail('kant', sideText ? `"${sideText}" is geen kant; vul vo of mbo in.` : 'de kant ontbreekt; vul vo of mbo in.');
    const kindText = get('soort');
    const kind = KIND_BY_LABEL.get(normalize(kindText));
    if (!kind) {
      fail('soort', kindText ? `"${kindText}" is geen soort (${CURRICULUM_ITEM_KINDS.map((k) => KIND_LABEL[k].toLowerCase()).join(', ')}).` : 'de soort ontbreekt.');
    } else if (side && sideOfKind(kind) !== side) {
      const allowed = (side === 'VO' ? VO_ITEM_KINDS : MBO_ITEM_KINDS).map((k) => KIND_LABEL[k].toLowerCase()).join(', ');
      fail('soort', `een ${KIND_LABEL[kind].toLowerCase()} hoort niet aan de ${side === 'VO' ? 'vo' : 'mbo'}-kant (kies uit ${allowed}).`);
    }
    const code = get('code');
    if (!code) fail('code', 'de code ontbreekt.');
    else if (code.length > 40) fail('code', 'de code is langer dan 40 tekens.');
    const title = get('titel');
    if (!title) fail('titel', 'de titel ontbreekt.');
    else if (title.length > 200) fail('titel', 'de titel is langer dan 200 tekens.');
    const description = get('omschrijving') || null;
    if (description && description.length > 2000) fail('omschrijving', 'de omschrijving is langer dan 2000 tekens.');
    const schoolName = get('school');
    const school = schoolName ? schoolByName.get(schoolName.toLowerCase()) : undefined;
    if (schoolName && !school) fail('school', `"${schoolName}" is geen school in deze regio.`);
    else if (school && side && !schoolFitsSide(school.kind, side)) fail('school', `${school.name} is geen ${side === 'VO' ? 'vo' : 'mbo'}-school.`);
    const hoursText = get('studie-uren');
    const studyHours = hoursText ? Number(hoursText) : null;
    if (studyHours !== null && (!Number.isInteger(studyHours) || studyHours < 0 || studyHours > CURRICULUM_STUDY_HOURS_MAX)) {
      fail('studie-uren', `de studie-uren zijn een heel getal van 0 tot en met ${CURRICULUM_STUDY_HOURS_MAX}.`);
    }
    if (side && code) {
      const key = `${side}:${code}`;
      const earlier = seen.get(key);
      if (earlier) fail('code', `de code ${code} staat aan deze kant al in rij ${earlier}.`);
      else seen.set(key, row);
    }
    return { row, side: side ?? 'VO', kind: kind ?? 'PTA_COMPONENT', code, title, description, schoolId: school?.id ?? null, studyHours };
  });
  if (errors.length) throw csvInvalid(errors);
  return parsed;
}

// The data map (AVG art. 30): every column of every table classified in code, beside the domain's
// tables. The privacy documents (docs/privacy.md, docs/verwerkingsregister.md) are generated from it
// and a unit test fails when a table or column has no classification, so what a school's privacy
// officer reads is what the schema holds.
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';

/**
 * - `none`: no personal data (ids of things, settings, texts about the work itself).
 * - `personal`: about an identifiable person (a name, an address, a person's id, what they wrote).
 * - `sensitive`: special categories (art. 9) or data about minors (pupils in stories).
 */
export type DataCategory = 'none' | 'personal' | 'sensitive';

/** Grounds of art. 6(1) AVG that Verbinder relies on. */
export type LegalBasis = 'consent' | 'contract' | 'legal-obligation' | 'legitimate-interest' | 'public-task';

/** Whose data a table holds. */
export type DataSubject = 'staff' | 'company-contacts' | 'parents' | 'pupils' | 'subscribers' | 'public';

export interface Retention {
  /** The rule in Dutch, as the privacy officer reads it. */
  rule: string;
  /** What enforces it (a scheduled sweep or a user action), or null where nothing removes the data yet. */
  enforcedBy: string | null;
}

/** The pseudonym that replaces an erased person's name wherever a row must stay for others. */
export const ERASED_PERSON_NAME = 'Oud-deelnemer';

/**
 * What erasure of a person (AVG art. 17) does with this table; required for every table with a
 * `subject`. The person's own row in `persons` stays as a pseudonym ("Oud-deelnemer", no e-mail
 * address): every id that points at it elsewhere is then a pseudonymised reference.
 */
/** A column, or a string field of a jsonb column (`payload.to`). */
export type ColumnPath<K extends string> = K | `${K}.${string}`;

export type Erasure<K extends string = string> =
  /**
   * The rows that are the person's (by `subject`, and by `emailIn`: a text or JSON column whose value
   * holds their e-mail address exactly: a rate-limit key, or a jsonb field such as `payload.to` of an
   * e-mail job) are deleted. `nameIn`: text columns or jsonb string fields of the rows that stay
   * (others' notifications, the text of e-mails to others) that may quote the person's full name
   * ("Sanne de Vries heeft je toegevoegd"): the whole name, in any case, becomes the pseudonym.
   */
  | { action: 'delete'; reason: string; emailIn?: Array<ColumnPath<K>>; nameIn?: Array<ColumnPath<K>> }
  /**
   * The rows stay for others (a werkgroep's history, an audit trail); in rows where one of `by` is the
   * person, the `names` columns (copies of their name) become the pseudonym; `nameIn` as with
   * `delete`; `removeFromLists`: jsonb lists of person ids (a series' organisers) lose their id.
   */
  | { action: 'keep'; reason: string; pseudonymise?: { by: K[]; names: K[] }; nameIn?: Array<ColumnPath<K>>; removeFromLists?: K[] }
  /** The person record itself: it becomes the pseudonym (PersonErasure). */
  | { action: 'pseudonymise'; reason: string };

export interface TableClassification<T extends PgTable = PgTable> {
  /** What the table is for, in Dutch. */
  purpose: string;
  subjects: DataSubject[];
  legalBasis: LegalBasis;
  retention: Retention;
  /** Every column by its property name in the drizzle table. */
  columns: { [K in keyof T['_']['columns']]: DataCategory };
  /**
   * How a row is a person's own (for inzage, art. 15): the columns holding their person id or their
   * e-mail address. Rows where a person only appears beside someone else's data (an owner of a
   * company's request, a moderator of another's post, who resolved a drift named after someone in
   * Microsoft 365) are not theirs to download.
   */
  subject?: { personId?: Array<keyof T['_']['columns'] & string>; email?: Array<keyof T['_']['columns'] & string> };
  /**
   * Columns holding the sha256 of a file in the document store (documents, story images): the
   * orphaned-files sweep deletes only stored files that no such column names.
   */
  files?: Array<keyof T['_']['columns'] & string>;
  /** What erasing a person does here (docs/privacy.md lists it); required with `subject`. */
  erasure?: Erasure<keyof T['_']['columns'] & string>;
}

/** Whose data a table holds, on what ground and how long it is kept: what several tables of a domain share. */
export type Processing = Pick<TableClassification, 'subjects' | 'legalBasis' | 'retention'>;

/** Processing for the region's public task (art. 6(1)(e) AVG), the ground of nearly every table. */
export function publicTask(subjects: DataSubject[], retention: Retention): Processing {
  return { subjects, legalBasis: 'public-task', retention };
}

/** Processing on the consent of the people it is about (art. 6(1)(a) AVG). */
export function withConsent(subjects: DataSubject[], retention: Retention): Processing {
  return { subjects, legalBasis: 'consent', retention };
}

/** Columns that hold no personal data, to spread into `columns`: `{ ...nonPersonal('id', 'regionId'), ...personal('ownerId') }`. */
export const nonPersonal = <K extends string>(...keys: K[]) => classified(keys, 'none');
/** Columns about an identifiable person, to spread into `columns`. */
export const personal = <K extends string>(...keys: K[]) => classified(keys, 'personal');
/** Columns of special categories or about minors, to spread into `columns`. */
export const sensitive = <K extends string>(...keys: K[]) => classified(keys, 'sensitive');

function classified<K extends string, C extends DataCategory>(keys: K[], category: C): Record<K, C> {
  return Object.fromEntries(keys.map((key) => [key, category])) as Record<K, C>;
}

export interface DataMapEntry {
  table: PgTable;
  tableName: string;
  domain: string;
  classification: TableClassification;
}

/** Classifies a table; the compiler requires an entry for every column. */
export function classify<T extends PgTable>(domain: string, table: T, classification: TableClassification<T>): DataMapEntry {
  return { table, tableName: getTableConfig(table).name, domain, classification: classification as unknown as TableClassification };
}

/** Every table and column without a classification (or classified but absent), as readable lines. */
export function dataMapProblems(tables: PgTable[], entries: DataMapEntry[]): string[] {
  const problems: string[] = [];
  const byTable = new Map<PgTable, DataMapEntry[]>();
  for (const entry of entries) byTable.set(entry.table, [...(byTable.get(entry.table) ?? []), entry]);
  for (const table of tables) {
    const name = getTableConfig(table).name;
    const found = byTable.get(table) ?? [];
    if (found.length === 0) {
      problems.push(`table ${name} has no classification`);
      continue;
    }
    if (found.length > 1) problems.push(`table ${name} is classified ${found.length} times`);
    if (found[0].classification.subject && !found[0].classification.erasure) problems.push(`table ${name} names whose rows it holds (subject) but not what erasing a person does (erasure)`);
    const columns = found[0].classification.columns as Record<string, DataCategory | undefined>;
    const tableColumns = getTableColumns(table);
    const keys = Object.keys(tableColumns);
    for (const key of keys) {
      if (!CATEGORIES.includes(columns[key] as DataCategory)) problems.push(`column ${name}.${tableColumns[key].name} (${key}) has no classification`);
    }
    for (const key of Object.keys(columns)) {
      if (!keys.includes(key)) problems.push(`column ${name}.${key} is classified but not in the table`);
    }
  }
  const known = new Set(tables);
  for (const entry of entries) if (!known.has(entry.table)) problems.push(`table ${entry.tableName} is classified but not in the schema`);
  return problems;
}

const CATEGORIES: DataCategory[] = ['none', 'personal', 'sensitive'];

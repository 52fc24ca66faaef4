import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { classify, dataMapProblems } from './data-map';

const people = pgTable('people', { id: uuid('id').primaryKey(), name: text('name').notNull() });
const base = { purpose: 'Test', subjects: ['staff' as const], legalBasis: 'public-task' as const, retention: { rule: 'Test', enforcedBy: null } };

describe('dataMapProblems', () => {
  it('accepts a table whose every column is classified', () => {
    expect(dataMapProblems([people], [classify('test', people, { ...base, columns: { id: 'none', name: 'personal' } })])).toEqual([]);
  });

  it('fails on a column added without a classification', () => {
    const grown = pgTable('people', { id: uuid('id').primaryKey(), name: text('name').notNull(), email: text('email') });
    // The compiler refuses the incomplete map too; a map built around it is still caught at run time.
    // @ts-expect-error -- `email` has no classification
    const entry = classify('test', grown, { ...base, columns: { id: 'none', name: 'personal' } });
    expect(dataMapProblems([grown], [entry])).toEqual(['column people.email (email) has no classification']);
  });

  it('fails on a table without a classification, on a classified column that is gone, and on a table classified twice', () => {
    const other = pgTable('other', { id: uuid('id').primaryKey() });
    const stale = classify('test', people, { ...base, columns: { id: 'none', name: 'personal', phone: 'personal' } as never });
    expect(dataMapProblems([people, other], [stale, stale])).toEqual([
      'table people is classified 2 times',
      'column people.phone is classified but not in the table',
      'table other has no classification',
    ]);
  });

  it('fails on a category that is not one of the three', () => {
    const entry = classify('test', people, { ...base, columns: { id: 'none', name: 'secret' as never } });
    expect(dataMapProblems([people], [entry])).toEqual(['column people.name (name) has no classification']);
  });
});

describe('dataMapProblems on erasure', () => {
  it('fails on a table that names whose rows it holds but not what erasing a person does', () => {
    const entry = classify('test', people, { ...base, subject: { personId: ['id'] }, columns: { id: 'personal', name: 'personal' } });
    expect(dataMapProblems([people], [entry])).toEqual(['table people names whose rows it holds (subject) but not what erasing a person does (erasure)']);
    const erased = classify('test', people, { ...base, subject: { personId: ['id'] }, erasure: { action: 'delete', reason: 'Test' }, columns: { id: 'personal', name: 'personal' } });
    expect(dataMapProblems([people], [erased])).toEqual([]);
  });
});

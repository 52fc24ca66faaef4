import { actorIn, OTHER_REGION } from './testing/actieagenda.fakes';
import { actieagendaWorld, verbinder } from './testing/actieagenda.world';
import { parseCsv } from '@verbinder/shared/kernel';

const owner = actorIn(2, 'DOCENT');
const outsider = actorIn(3, 'VERBINDER', OTHER_REGION);
const HEADER = 'actielijn;actielijn_titel;actie;omschrijving;doel;trekker;partners;eigenaren;start;eind;cadans_dagen;status;voortgang;publiek';
const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const rowsOf = (error: unknown) => (error as { details: { rows: Array<{ row: number; column: string }> } }).details.rows.map((r) => `${r.row}:${r.column}`);

async function world() {
  const w = actieagendaWorld();
  const seeded = await w.seedAgenda();
  w.addPerson(owner);
  return { w, ...seeded };
}

describe('CsvService', () => {
  it('exports the agenda as the spreadsheet has it, guarded against formulas', async () => {
    const { w, agenda, line1 } = await world();
    const actie = await w.acties.createActie(verbinder, { actielijnId: line1.id, title: '=HYPERLINK("x")', ownerIds: [owner.personId], cadenceDays: 14 });
    await w.acties.setReport(actie.id, 'ACHTER', 40, '2026-12-15');
    const table = parseCsv(await w.csv.export(owner, agenda.id));
    expect(table[0].join(';')).toBe(HEADER);
    expect(table[1]).toEqual(['1', 'Samen opleiden', '\'=HYPERLINK("x")', '', '', '', '', owner.email, '', '', '14', 'achter', '40', 'nee']);
    expect(table[2]).toEqual(['2', 'Doorlopende leerlijnen', ...Array(12).fill('')]);
    await expect(w.csv.export(outsider, agenda.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports for editors only', async () => {
    const { w, agenda } = await world();
    await expect(w.csv.import(owner, agenda.id, csvOf('1;;Nieuw;;;;;;;;;;;'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(w.csv.import(outsider, agenda.id, csvOf('1;;Nieuw;;;;;;;;;;;'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an empty file, a wrong header, no rows and an open quote with CSV_INVALID', async () => {
    const { w, agenda } = await world();
    await expect(w.csv.import(verbinder, agenda.id, ' \n')).rejects.toMatchObject({ code: 'CSV_INVALID', message: 'Het CSV-bestand is leeg.' });
    const header = await w.csv.import(verbinder, agenda.id, 'actielijn;actie\n1;x').catch((e: unknown) => e);
    expect(header).toMatchObject({ code: 'CSV_INVALID', message: 'De kopregel van het CSV-bestand klopt niet.' });
    expect(rowsOf(header)).toContain('1:eigenaren');
    await expect(w.csv.import(verbinder, agenda.id, csvOf())).rejects.toMatchObject({ code: 'CSV_INVALID', details: { rows: [{ row: 2 }] } });
    await expect(w.csv.import(verbinder, agenda.id, csvOf('1;;"Open'))).rejects.toMatchObject({ code: 'CSV_INVALID', details: { rows: [{ message: 'Een aanhalingsteken wordt niet afgesloten.' }] } });
    await expect(w.csv.import(verbinder, agenda.id, 'x'.repeat(2 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: 'CSV_INVALID', message: 'Het CSV-bestand is te groot.' });
  });

  it('lists every bad cell with its row and writes nothing', async () => {
    const { w, agenda } = await world();
    const error = await w.csv
      .import(
        verbinder,
        agenda.id,
        csvOf('100;;Te hoog;;;;;;;;;;;', '3;;Nieuwe lijn zonder titel;;;Onbekende school;;niemand@example.org;2026-13-01;;0;prima;101;misschien', '1;;Dubbel;;;;;;;;;;;', '1;;dubbel;;;;;;;;;;;'),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CSV_INVALID', message: 'Het CSV-bestand bevat fouten; er is niets ingelezen.' });
    expect(rowsOf(error)).toEqual([
      '2:actielijn',
      '2:actielijn_titel',
      '3:actielijn_titel',
      '3:trekker',
      '3:eigenaren',
      '3:start',
      '3:cadans_dagen',
      '3:status',
      '3:voortgang',
      '3:publiek',
      '5:actie',
    ]);
    expect(w.repo.acties).toHaveLength(0);
  });

  it('creates new lines and acties, updates acties by title and reports status, progress and publication', async () => {
    const { w, agenda, line1 } = await world();
    const existing = await w.acties.createActie(verbinder, { actielijnId: line1.id, title: 'Docentstages' });
    const result = await w.csv.import(
      verbinder,
      agenda.id,
      csvOf(
        `1;;docentstages;Een dag meelopen;;Landstede;Morgen College|Landstede;${owner.email};2026-09-01;2027-07-01;7;risico;35%;nee`,
        `3;Loopbaanoriëntatie;Open dagen samen;;;;;;;;14;op koers;10;ja`,
      ),
    );
    expect(result).toEqual({ created: 1, updated: 1, lines: 1 });
    const updated = (await w.repo.findActiesByIds([existing.id]))[0];
    expect(updated).toMatchObject({ title: 'Docentstages', description: 'Een dag meelopen', ownerIds: [owner.personId], status: 'RISICO', progress: 35, periodEnd: '2027-07-01' });
    const created = w.repo.acties.find((a) => a.title === 'Open dagen samen');
    expect(created).toMatchObject({ cadenceDays: 14, progress: 10, isPublic: true, publicSummary: 'Open dagen samen' });
    expect(w.repo.lines.map((l) => [l.number, l.title])).toEqual([
      [1, 'Samen opleiden'],
      [2, 'Doorlopende leerlijnen'],
      [3, 'Loopbaanoriëntatie'],
    ]);
    expect(w.emitted.at(-1)?.payload).toMatchObject({ kind: 'import.done', agendaId: agenda.id });
  });
});

import { DomainError } from '@verbinder/shared/kernel';
import { CURRICULUM_CSV_MAX_ROWS, parseCurriculumCsv } from './curriculum-csv';

const SCHOOLS = [
  { id: 's-morgen', name: 'Morgen College', kind: 'VO' as const },
  { id: 's-landstede', name: 'Landstede MBO', kind: 'MBO' as const },
  { id: 's-beide', name: 'Scholengemeenschap Beide', kind: 'BOTH' as const },
];
const HEADER = 'kant;soort;code;titel;omschrijving;school;studie-uren';

const failure = (csv: string): DomainError => {
  try {
    parseCurriculumCsv(csv, SCHOOLS);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected CSV_INVALID');
};

describe('curriculum CSV import parsing', () => {
  it('reads Dutch labels for side and kind, schools by name and optional hours', () => {
    const rows = parseCurriculumCsv(
      [
        HEADER,
        'vo;PTA-onderdeel;EN-PTA-LV;Leesvaardigheid ERK B1;Lezen op B1;morgen college;80',
        'mbo;keuzedeel;K0xxx;"Engels op niveau B1/B2; keuzedeel";;Landstede MBO;',
        'VMBO;eindterm;MVT/K/8;Schrijfvaardigheid;;Scholengemeenschap Beide;30',
        'mbo;Kwalificatie-onderdeel;B1-K1-W2;Installeert leidingwerk;;;160',
      ].join('\r\n'),
      SCHOOLS,
    );
    expect(rows).toEqual([
      { row: 2, side: 'VO', kind: 'PTA_COMPONENT', code: 'EN-PTA-LV', title: 'Leesvaardigheid ERK B1', description: 'Lezen op B1', schoolId: 's-morgen', studyHours: 80 },
      { row: 3, side: 'MBO', kind: 'KEUZEDEEL', code: 'K0xxx', title: 'Engels op niveau B1/B2; keuzedeel', description: null, schoolId: 's-landstede', studyHours: null },
      { row: 4, side: 'VO', kind: 'EINDTERM', code: 'MVT/K/8', title: 'Schrijfvaardigheid', description: null, schoolId: 's-beide', studyHours: 30 },
      { row: 5, side: 'MBO', kind: 'KWALIFICATIE_ONDERDEEL', code: 'B1-K1-W2', title: 'Installeert leidingwerk', description: null, schoolId: null, studyHours: 160 },
    ]);
  });

  it('accepts the columns in any order', () => {
    const [row] = parseCurriculumCsv('code;titel;kant;soort;school;studie-uren;omschrijving\nOER-1;Lezen;mbo;oer;;10;', SCHOOLS);
    expect(row).toMatchObject({ side: 'MBO', kind: 'OER_COMPONENT', code: 'OER-1', studyHours: 10 });
  });

  it('reports every problem with its row and column', () => {
    const error = failure(
      [
        HEADER,
        'vo;keuzevak;BWI/K/1;Bouwen vanaf de grond;;;80',
        'havo;keuzedeel;;;;Onbekende School;-5',
        'vo;keuzedeel;X1;Keuzedeel aan de verkeerde kant;;Landstede MBO;2001',
        'vo;keuzevak;BWI/K/1;Dubbel;;;',
      ].join('\n'),
    );
    expect(error.code).toBe('CSV_INVALID');
    expect(error.details.rows?.map((r) => `${r.row}:${r.column}`)).toEqual(['3:kant', '3:code', '3:titel', '3:school', '3:studie-uren', '4:soort', '4:school', '4:studie-uren', '5:code']);
    expect(error.details.rows?.[0].message).toMatch(/^Rij 3: "havo" is geen kant/);
  });

  it('names the missing columns', () => {
    const error = failure('kant;soort;code;titel\nvo;keuzevak;A;B');
    expect(error.code).toBe('CSV_INVALID');
    expect(error.message).toContain('"omschrijving", "school", "studie-uren"');
    expect(error.details.rows?.map((r) => r.column)).toEqual(['omschrijving', 'school', 'studie-uren']);
  });

  it('refuses empty, header-only, oversized and unterminated files', () => {
    expect(failure('  ').message).toContain('leeg');
    expect(failure(HEADER).details.rows?.[0].message).toContain('geen rijen');
    expect(failure(`${HEADER}\n${'vo;keuzevak;A;B;;;\n'.repeat(CURRICULUM_CSV_MAX_ROWS + 1)}`).message).toContain('te veel rijen');
    expect(failure(`${HEADER}\nvo;keuzevak;A;"B;;;`).details.rows?.[0].message).toContain('aanhalingsteken');
    expect(failure(`${HEADER}\nvo;keuzevak;A;${'x'.repeat(1024 * 1024)};;;`).message).toContain('1 MB');
  });
});

import { MAX_FILE_NAME, safeFileName } from './safe-name';

const name = (raw: string) => {
  const result = safeFileName(raw);
  return result.ok ? result.name : `FOUT: ${result.message}`;
};

describe('safeFileName', () => {
  it('keeps ordinary names, also with accents and spaces', () => {
    expect(name('PTA Engels 2026-2027.pdf')).toBe('PTA Engels 2026-2027.pdf');
    expect(name('Overdracht  één.docx')).toBe('Overdracht één.docx');
  });

  it('refuses path traversal, absolute paths, control characters and reserved names', () => {
    expect(name('../../etc/passwd')).toMatch(/^FOUT: .*andere map/);
    expect(name('..\\..\\boot.ini')).toMatch(/^FOUT/);
    expect(name('/etc/passwd')).toMatch(/^FOUT: .*volledig pad/);
    expect(name('C:\\Windows\\win.ini')).toMatch(/^FOUT: .*volledig pad/);
    expect(name('verslag\u0000.pdf.exe')).toMatch(/^FOUT: .*ongeldige tekens/);
    expect(name('regel\nnieuw.txt')).toMatch(/^FOUT/);
    expect(name('CON')).toMatch(/^FOUT: .*niet toegestaan/);
    expect(name('lpt1.txt')).toMatch(/^FOUT/);
    expect(name('   ')).toMatch(/^FOUT/);
    expect(name('...')).toMatch(/^FOUT/);
  });

  it('normalises to a safe display name', () => {
    expect(name('map/sub/verslag.pdf')).toBe('verslag.pdf');
    expect(name('wat?is<dit>.txt')).toBe('wat_is_dit_.txt');
    expect(name('.verborgen')).toBe('verborgen');
    expect(name('eind. ')).toBe('eind');
  });

  it('shortens long names to 200 characters and keeps the extension', () => {
    const long = name(`${'a'.repeat(300)}.pdf`);
    expect([...long].length).toBe(MAX_FILE_NAME);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

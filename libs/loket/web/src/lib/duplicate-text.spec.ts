/// <reference types="jest" />
import { duplicateOwnerText } from './duplicate-text';

describe('duplicateOwnerText (the loket duplicate banner)', () => {
  it('calls only the same KvK number the same company', () => {
    expect(duplicateOwnerText({ name: 'Bakkerij De Korrel', kvk: '12345678' }, { name: 'De Korrel BV', kvk: '12345678' })).toBe(
      'Hetzelfde bedrijf (De Korrel BV, KvK 12345678) heeft al een open aanvraag:',
    );
  });

  it('says "een bedrijf met dezelfde naam" for the same name under another KvK number', () => {
    const text = duplicateOwnerText({ name: 'Bakkerij De Korrel', kvk: '87654321' }, { name: 'bakkerij de korrel', kvk: '12345678' });
    expect(text).toBe('Een bedrijf met dezelfde naam maar een ander KvK-nummer (bakkerij de korrel, KvK 12345678) heeft al een open aanvraag:');
    expect(text).not.toContain('Hetzelfde bedrijf');
  });

  it('says the e-mail domain matched when name and KvK number differ', () => {
    expect(duplicateOwnerText({ name: 'Korrel Noord', kvk: '87654321' }, { name: 'Korrel Zuid', kvk: '12345678' })).toContain('hetzelfde e-maildomein');
  });
});

/// <reference types="jest" />
import { LEERLAB_ROUND, validateLeerlab } from './leerlab-validation';

const values = (round: string) => ({ name: 'Leerlab Zorg', round, startYear: '2022', theme: '', description: '', schoolIds: [] });

describe('leerlab form: the round is the year of the subsidy round', () => {
  it('refuses a round number such as 1 or 2, which the API refuses too', () => {
    expect(validateLeerlab(values('1'))['round']).toContain('jaar van de subsidieronde');
    expect(validateLeerlab(values('2'))['round']).toBeDefined();
    expect(validateLeerlab(values('2101'))['round']).toBeDefined();
  });

  it('accepts the years the API accepts (2018–2100)', () => {
    expect(LEERLAB_ROUND).toEqual({ min: 2018, max: 2100 });
    expect(validateLeerlab(values('2022'))).toEqual({});
    expect(validateLeerlab(values('2018'))).toEqual({});
  });
});

import { DomainError } from './domain-error';
import { InputCheck } from './input-check';

function fields(run: (check: InputCheck) => void): unknown {
  const check = new InputCheck();
  run(check);
  try {
    check.done();
    return [];
  } catch (error) {
    return (error as DomainError).details.fields;
  }
}

describe('InputCheck.oneOf', () => {
  const types = ['GASTLES', 'STAGE'] as const;

  it('asks to choose when nothing is chosen, and calls a value outside the list invalid', () => {
    expect(fields((c) => c.oneOf('type', '' as 'STAGE', types, 'Het soort aanvraag', 'Kies het soort aanvraag.'))).toEqual([{ field: 'type', message: 'Kies het soort aanvraag.' }]);
    expect(fields((c) => c.oneOf('type', null, types, 'Het soort aanvraag'))).toEqual([{ field: 'type', message: 'Het soort aanvraag is verplicht.' }]);
    expect(fields((c) => c.oneOf('type', 'FEEST' as 'STAGE', types, 'Het soort aanvraag', 'Kies het soort aanvraag.'))).toEqual([{ field: 'type', message: 'Het soort aanvraag is ongeldig.' }]);
    expect(fields((c) => c.oneOf('type', 'STAGE', types, 'Het soort aanvraag'))).toEqual([]);
  });
});

import type { GqlContext } from './gql-context';
import { gqlEnum } from './enums';
import { perRequest } from './loaders';

describe('gqlEnum', () => {
  it('gives an object whose values are their own names, in the order given', () => {
    const Phase = gqlEnum('SpecPhase', ['VERKENNING', 'PILOT'] as const, 'Fase');
    expect(Phase).toEqual({ VERKENNING: 'VERKENNING', PILOT: 'PILOT' });
    expect(Object.keys(Phase)).toEqual(['VERKENNING', 'PILOT']);
  });
});

describe('perRequest', () => {
  it('makes the value once per request and keeps it under its key', () => {
    const ctx = { loaders: {} } as unknown as GqlContext;
    let made = 0;
    const make = () => ({ made: ++made });
    const first = perRequest(ctx, 'spec', make);
    expect(perRequest(ctx, 'spec', make)).toBe(first);
    expect(made).toBe(1);
    expect(perRequest({ loaders: {} } as unknown as GqlContext, 'spec', make)).toEqual({ made: 2 });
  });
});

/// <reference types="jest" />
import { placeText } from './place';

describe('placeText (where an activity is)', () => {
  it('names the host school once when the address already holds it', () => {
    expect(placeText('Morgen College', 'Morgen College, Nunspeet')).toBe('Morgen College, Nunspeet');
    expect(placeText('Morgen College', 'morgen college, Nunspeet', ' · ')).toBe('morgen college, Nunspeet');
  });

  it('puts the school before an address without it', () => {
    expect(placeText('Morgen College', 'Stationsplein 1, Nunspeet')).toBe('Morgen College, Stationsplein 1, Nunspeet');
    expect(placeText('Morgen College', 'Stationsplein 1, Nunspeet', ' · ')).toBe('Morgen College · Stationsplein 1, Nunspeet');
  });

  it('keeps a school whose name is only part of a longer one', () => {
    expect(placeText('Morgen', 'Morgen College, Nunspeet')).toBe('Morgen, Morgen College, Nunspeet');
  });

  it('uses whichever is known', () => {
    expect(placeText(null, 'Nunspeet')).toBe('Nunspeet');
    expect(placeText('Morgen College', null)).toBe('Morgen College');
    expect(placeText(undefined, '  ')).toBe('');
  });
});

import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/loketaanvraag/8f1c')).toBe('/loketaanvraag/8f1c');
    expect(safeReturnPath('/werkgroepen/1?tab=documenten#map')).toBe('/werkgroepen/1?tab=documenten#map');
  });

  it.each([
    '//evil.example',
    '//evil.example/loketaanvraag/1',
    'https://evil.example',
    'http://evil.example/x',
    '/\\evil',
    '/\\/evil.example',
    '\\\\evil',
    'javascript:alert(1)',
    '/\tx',
    ' /x',
    '',
    'loketaanvraag/1',
    '/inloggen',
    '/inloggen?naar=/x',
    '/auth/oidc/login',
    null,
    undefined,
    42,
  ])('refuses %p (no open redirect, no loop)', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});

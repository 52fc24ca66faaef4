import { findUnsafeText, isUnsafeText } from './input-text';
import { mailBlock, mailLine, mailText } from './mail-text';

describe('isUnsafeText / findUnsafeText', () => {
  it('refuses NUL, other C0 controls, DEL and lone surrogates; allows tab, newlines and real Unicode', () => {
    for (const bad of ['a\u0000b', '\u0001', '\u001b[31m', '\u007f', '\ud800', 'x\udc00y', '\ud83d']) expect(isUnsafeText(bad)).toBe(true);
    for (const good of ['', 'Jan de Vries', 'regel 1\nregel 2\r\n\tinspringen', 'café 😀 ĳ', '\u00a0']) expect(isUnsafeText(good)).toBe(false);
  });

  it('names the first unsafe field in nested input, keys included', () => {
    expect(findUnsafeText({ input: { name: 'ok', contacts: [{ email: 'a@b.nl' }, { email: 'x\u0000@b.nl' }] } })).toBe('input.contacts.1.email');
    expect(findUnsafeText({ ['ke\u0000y']: 'v' })).toBe('ke?y');
    expect(findUnsafeText({ a: 1, b: [true, null, 'fine'] })).toBeNull();
  });
});

describe('mailText', () => {
  it('makes interpolated values one line, so no header or extra line can be added', () => {
    const name = 'Jan\r\nBcc: x@evil.example\nExtra regel\u2028nog een';
    expect(mailText`Beste ${name},\n\nTot ziens`).toBe('Beste Jan Bcc: x@evil.example Extra regel nog een,\n\nTot ziens');
    expect(mailLine('a\u0000b\u0085c')).toBe('a b c');
  });

  it('keeps the line breaks of a block, normalised, without other controls', () => {
    expect(mailText`Bericht:\n${mailBlock('een\r\ntwee\rdrie\u0000')}`).toBe('Bericht:\neen\ntwee\ndrie');
  });
});

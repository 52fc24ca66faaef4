import { formatDate, formatDateTime } from './format';

describe('Dutch dates in the web app (nl-NL, Europe/Amsterdam)', () => {
  it('writes a calendar date without shifting it', () => {
    expect(formatDate('2026-12-07')).toBe('7 december 2026');
  });

  it('writes the Amsterdam day of a timestamp, never the raw ISO text', () => {
    expect(formatDate('2026-12-07T03:37:25.129Z')).toBe('7 december 2026');
    // 23:30 UTC on New Year's Eve is already 1 January in Amsterdam.
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027');
    expect(formatDateTime('2026-12-07T03:37:25.129Z')).toBe('7 december 2026 om 04:37');
  });

  it('leaves text that is no date alone', () => {
    expect(formatDate('onbekend')).toBe('onbekend');
    expect(formatDate('2026-13-45T99:00')).toBe('2026-13-45T99:00');
  });
});

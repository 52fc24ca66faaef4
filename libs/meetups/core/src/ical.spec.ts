import { buildCalendar, escapeText, foldLine } from './ical';

describe('iCalendar writer', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const p of physical) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    physical.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });

  it('writes a calendar with CRLF, a VTIMEZONE and local times', () => {
    const ics = buildCalendar({
      name: 'Test',
      now: new Date('2026-01-01T10:00:00Z'),
      events: [{ uid: 'x@verbinder', start: new Date('2026-01-14T12:30:00Z'), end: new Date('2026-01-14T14:30:00Z'), summary: 'Overleg, woensdag', location: 'Morgen College; Nunspeet' }],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260114T133000');
    expect(ics).toContain('DTSTAMP:20260101T100000Z');
    expect(ics).toContain('SUMMARY:Overleg\\, woensdag');
    expect(ics).toContain('LOCATION:Morgen College\\; Nunspeet');
  });
});

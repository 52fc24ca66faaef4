import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar } from './scalars';

describe('DateTime scalar', () => {
  it('takes RFC 3339 instants with a zone and gives a Date', () => {
    expect((DateTimeScalar.parseValue('2026-12-07T06:30:00Z') as Date).toISOString()).toBe('2026-12-07T06:30:00.000Z');
    expect((DateTimeScalar.parseValue('2026-12-07T07:30:00.123+01:00') as Date).toISOString()).toBe('2026-12-07T06:30:00.123Z');
    expect((DateTimeScalar.parseValue('2026-12-07T07:30+01:00') as Date).toISOString()).toBe('2026-12-07T06:30:00.000Z');
    expect((DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-03-29T02:30:00Z' }) as Date).getTime()).toBe(Date.parse('2026-03-29T02:30:00Z'));
    expect(DateTimeScalar.serialize(new Date('2026-12-07T06:30:00Z'))).toBe('2026-12-07T06:30:00.000Z');
  });

  it('refuses what would reach the database as nonsense: no zone, impossible days, years no one means, other types', () => {
    for (const bad of [
      'garbage',
      '',
      '1e15',
      '2026-12-07',
      '2026-12-07T06:30:00',
      '2026-02-30T00:00:00Z',
      '2026-13-45T99:99:99Z',
      '0000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '99999-01-01T00:00:00Z',
      '2026-12-07T24:00:00Z',
      '2026-12-07 06:30:00Z',
    ]) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrow(/geen geldig tijdstip/);
    }
    for (const bad of [8.64e15, 0, null, {}, []]) expect(() => DateTimeScalar.parseValue(bad)).toThrow(/tijdstip is tekst/);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/tijdstip is tekst/);
  });
});

describe('Date scalar', () => {
  it('takes real days of the supported years only', () => {
    expect(DateScalar.parseValue('2026-12-07')).toBe('2026-12-07');
    for (const bad of ['0000-01-01', '2026-02-30', '2201-01-01', '07-12-2026']) expect(() => DateScalar.parseValue(bad)).toThrow(/geen geldige datum/);
  });
});

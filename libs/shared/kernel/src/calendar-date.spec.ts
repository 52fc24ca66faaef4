import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it('accepts real days in the supported years', () => {
    for (const d of ['2026-12-07', '2024-02-29', '1900-01-01', '2200-12-31']) expect(isCalendarDate(d)).toBe(true);
  });

  it('refuses impossible days, other shapes and years no database or school year means', () => {
    for (const d of ['0000-01-01', '0099-05-05', '1899-12-31', '2201-01-01', '9999-12-31', '2023-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '26-01-01', '2026-01-01T00:00', '']) {
      expect(isCalendarDate(d)).toBe(false);
    }
  });
});

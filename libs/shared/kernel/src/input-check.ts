import { FieldError } from '@verbinder/shared/contracts';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN, isCalendarDate } from './calendar-date';
import { DomainError } from './domain-error';

/** Collects field errors and throws one BAD_USER_INPUT DomainError listing all of them. */
export class InputCheck {
  private readonly errors: FieldError[] = [];

  text(field: string, value: string | null | undefined, opts: { label: string; required?: boolean; max?: number; min?: number }): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (opts.required) this.fail(field, `${opts.label} is verplicht.`);
      return null;
    }
    if (opts.min !== undefined && trimmed.length < opts.min) this.fail(field, `${opts.label} moet minstens ${opts.min} tekens hebben.`);
    const max = opts.max ?? 200;
    if (trimmed.length > max) this.fail(field, `${opts.label} mag hoogstens ${max} tekens hebben.`);
    return trimmed;
  }

  int(field: string, value: number | null | undefined, opts: { label: string; min: number; max: number; required?: boolean }): number | null {
    if (value === null || value === undefined) {
      if (opts.required) this.fail(field, `${opts.label} is verplicht.`);
      return null;
    }
    if (!Number.isInteger(value) || value < opts.min || value > opts.max) {
      this.fail(field, `${opts.label} moet een heel getal van ${opts.min} tot en met ${opts.max} zijn.`);
    }
    return value;
  }

  /**
   * One of `allowed`. Left empty it fails with `missing` (say what to choose, e.g. "Kies het soort
   * aanvraag.") or "<label> is verplicht."; a value outside the list is "<label> is ongeldig.".
   */
  oneOf<T extends string>(field: string, value: T | null | undefined, allowed: readonly T[], label: string, missing?: string): T {
    if (!value) this.fail(field, missing ?? `${label} is verplicht.`);
    else if (!allowed.includes(value)) this.fail(field, `${label} is ongeldig.`);
    return value as T;
  }

  email(field: string, value: string | null | undefined, required = true): string | null {
    const email = this.text(field, value, { label: 'E-mailadres', required, max: 254 });
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) this.fail(field, 'Vul een geldig e-mailadres in.');
    return email?.toLowerCase() ?? null;
  }

  url(field: string, value: string | null | undefined, label: string): string | null {
    const url = this.text(field, value, { label, max: 500 });
    if (url) {
      try {
        const parsed = new URL(url);
        if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('protocol');
      } catch {
        this.fail(field, `${label} moet een webadres zijn dat begint met https://`);
      }
    }
    return url;
  }

  date(field: string, value: string | null | undefined, label: string): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (!isCalendarDate(value)) {
      this.fail(field, `${label} moet een datum zijn (jjjj-mm-dd) tussen ${CALENDAR_YEAR_MIN} en ${CALENDAR_YEAR_MAX}.`);
      return null;
    }
    return value;
  }

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Throws when anything failed. */
  done(): void {
    if (this.errors.length) throw DomainError.badInput(this.errors);
  }
}

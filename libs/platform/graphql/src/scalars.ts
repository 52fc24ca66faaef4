import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN, isCalendarDate } from '@verbinder/shared/kernel';

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('Een datum is tekst in de vorm jjjj-mm-dd.');
  if (!isCalendarDate(value)) {
    throw new GraphQLError(`"${value.slice(0, 20)}" is geen geldige datum (jjjj-mm-dd, tussen ${CALENDAR_YEAR_MIN} en ${CALENDAR_YEAR_MAX}).`);
  }
  return value;
}

/** A calendar date without time or zone, as "YYYY-MM-DD". */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Kalenderdatum zonder tijd, als "jjjj-mm-dd".',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Een datum is tekst in de vorm jjjj-mm-dd.');
    return parseDate(ast.value);
  },
});

// RFC 3339 date-time with an explicit zone (Z or ±hh:mm); seconds and fractions optional.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d{1,9})?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError('Een tijdstip is tekst in de vorm jjjj-mm-ddTuu:mm:ssZ.');
  const match = DATE_TIME.exec(value);
  const parsed = match && isCalendarDate(match[1]) ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new GraphQLError(`"${value.slice(0, 40)}" is geen geldig tijdstip (jjjj-mm-ddTuu:mm:ss met Z of een tijdzone, tussen ${CALENDAR_YEAR_MIN} en ${CALENDAR_YEAR_MAX}).`);
  }
  return parsed;
}

/**
 * An instant, as an RFC 3339 string with its zone. Replaces Nest's GraphQLISODateTime (same name
 * and description, so the schema is unchanged), which hands any `new Date(value)` — "garbage",
 * year 0, year 275760, 30 February — to the resolvers and from there to the database.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Een tijdstip is tekst in de vorm jjjj-mm-ddTuu:mm:ssZ.');
    return parseDateTime(ast.value);
  },
});

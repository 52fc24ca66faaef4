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

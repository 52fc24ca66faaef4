import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('Een datum is tekst in de vorm jjjj-mm-dd.');
  const match = DATE.exec(value);
  const d = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!match || !d || d.getUTCMonth() !== +match[2] - 1 || d.getUTCDate() !== +match[3]) {
    throw new GraphQLError(`"${value.slice(0, 20)}" is geen geldige datum (jjjj-mm-dd).`);
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

import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { csvRowErrors, rawErrorCode, serverMessage } from './errors';

const csvInvalid = { code: 'CSV_INVALID', rows: [{ row: 3, column: 'code', message: 'Vul een code in.' }, { row: '4', message: 'Onbekende school.' }, null] };

describe('CSV import errors', () => {
  it('reads the rows of a CSV_INVALID answer, in the GraphQL errors or in the body of an HTTP 400', () => {
    const expected = [
      { row: 3, column: 'code', message: 'Vul een code in.' },
      { row: 4, column: '', message: 'Onbekende school.' },
    ];
    const asGraphQL = new ApolloError({ graphQLErrors: [new GraphQLError(' Fouten in het bestand. ', { extensions: csvInvalid })] });
    expect(csvRowErrors(asGraphQL)).toEqual(expected);
    expect(rawErrorCode(asGraphQL)).toBe('CSV_INVALID');
    expect(serverMessage(asGraphQL)).toBe('Fouten in het bestand.');

    const networkError = Object.assign(new Error('Response not successful'), { result: { errors: [{ message: 'Fouten in het bestand.', extensions: csvInvalid }] } });
    expect(csvRowErrors(new ApolloError({ networkError }))).toEqual(expected);
  });

  it('has no rows for other errors', () => {
    expect(csvRowErrors(new ApolloError({ graphQLErrors: [new GraphQLError('Nee', { extensions: { code: 'FORBIDDEN', rows: [{ row: 1 }] } })] }))).toEqual([]);
    expect(csvRowErrors(new Error('boom'))).toEqual([]);
    expect(rawErrorCode(new Error('boom'))).toBeUndefined();
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { complexityLimitRule } from './complexity';

const schema = buildSchema(`
  type Query { regions: [Region!]!  region(id: ID!): Region }
  type Region { id: ID!  name: String!  schools(first: Int): [School!]!  parent: Region }
  type School { id: ID!  name: String!  region: Region! }
`);

const check = (query: string, limits = { maxDepth: 5, maxCost: 1000 }) =>
  validate(schema, parse(query), [complexityLimitRule(limits)]).map((e) => e.message);

describe('complexityLimitRule', () => {
  it('lets ordinary queries through', () => {
    expect(check('{ regions { id name schools { id name } } }')).toEqual([]);
  });

  it('rejects queries nested deeper than the limit', () => {
    const [message] = check('{ region(id: 1) { parent { parent { parent { parent { parent { id } } } } } } }');
    expect(message).toMatch(/te diep genest/);
  });

  it('multiplies list fields and rejects queries costing more than the limit', () => {
    expect(check('{ regions { schools(first: 5) { id } } }')).toEqual([]);
    const [message] = check('{ regions { schools(first: 100) { id name region { id } } } }');
    expect(message).toMatch(/te zwaar/);
  });

  it('follows fragments', () => {
    const [message] = check('{ regions { ...R } } fragment R on Region { schools(first: 100) { id name region { name } } }');
    expect(message).toMatch(/te zwaar/);
  });
});

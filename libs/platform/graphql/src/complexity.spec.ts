import { buildSchema, parse, validate } from 'graphql';
import { complexityLimitRule } from './complexity';

const schema = buildSchema(`
  type Query { regions: [Region!]!  region(id: ID!): Region }
  type Region { id: ID!  name: String!  schools(first: Int): [School!]!  parent: Region }
  type School { id: ID!  name: String!  region: Region! }
`);

const check = (query: string, limits: { maxDepth: number; maxCost: number; maxAliases?: number; expensive?: Record<string, number> } = { maxDepth: 5, maxCost: 1000 }) =>
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

  it('counts aliases as written, fragments expanded', () => {
    const limits = { maxDepth: 5, maxCost: 100_000, maxAliases: 3 };
    expect(check('{ a: regions { id } b: regions { id } regions { id } }', limits)).toEqual([]);
    expect(check('{ a: regions { id } b: regions { id } c: regions { id } d: regions { id } }', limits)[0]).toMatch(/te veel aliassen \(4, hoogstens 3\)/);
    // As written: an alias inside a list counts once (the list's cost is counted by the cost rule).
    expect(check('{ regions { x: id y: name } }', limits)).toEqual([]);
    expect(check('{ ...Q } fragment Q on Query { a: region(id: 1) { id } b: region(id: 2) { id } c: region(id: 3) { id } d: region(id: 4) { id } }', limits)[0]).toMatch(/te veel aliassen/);
  });

  it('measures each fragment once: a fragment bomb is refused quickly on cost', () => {
    const levels = 40; // 2^40 copies of `id` when expanded
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Region { ${i === levels - 1 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
    const [message] = check(`{ regions { ...F0 } } ${fragments}`, { maxDepth: 5, maxCost: 1_000_000 });
    expect(message).toMatch(/te zwaar/);
  });

  it('measures depth through nested fragments from where they are spread', () => {
    const query = '{ region(id: 1) { ...A } } fragment A on Region { parent { ...B } } fragment B on Region { parent { parent { parent { id } } } }';
    expect(check(query)[0]).toMatch(/te diep genest \(6 niveaus/);
  });

  it('gives expensive fields their own budget: aliases, fragments and lists cannot multiply them', () => {
    const limits = { maxDepth: 5, maxCost: 100_000, maxAliases: 50, expensive: { 'Query.region': 1, 'Region.parent': 2 } };
    expect(check('{ region(id: 1) { id } }', limits)).toEqual([]);
    expect(check('{ a: region(id: 1) { id } b: region(id: 2) { id } }', limits)[0]).toMatch(/region te vaak op \(hoogstens 1 keer per vraag\)/);
    expect(check('{ ...Q ...Q2 } fragment Q on Query { a: region(id: 1) { id } } fragment Q2 on Query { b: region(id: 1) { id } }', limits)[0]).toMatch(/te vaak/);
    expect(check('{ region(id: 1) { a: parent { id } b: parent { id } } }', limits)).toEqual([]);
    // Below a list each item runs the field again: 10 regions × 1 parent.
    expect(check('{ regions { parent { id } } }', limits)[0]).toMatch(/parent te vaak op/);
  });
});

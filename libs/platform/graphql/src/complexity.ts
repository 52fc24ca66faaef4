import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  GraphQLOutputType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ErrorCode } from '@verbinder/shared/contracts';

const DEFAULT_LIST_SIZE = 10;

/**
 * Rejects operations nested deeper than `maxDepth`, costing more than `maxCost`, or with more
 * than `maxAliases` aliased fields (counted as written, fragments expanded), where a field costs 1 and a list field multiplies what is
 * below it by its `first` argument (or 10). Aliases are counted on their own because each one
 * runs its resolver again (1,000 aliases of a cheap root field would be 1,000 database queries
 * at a cost of only 1,000). Fragments are measured once each (a "fragment bomb" of spreads that
 * double at every level costs linear time here). Fields named in `expensive` ("Type.field" →
 * how often one operation may ask for it; e.g. the draaiboek diff) have their own budget, so
 * aliases cannot multiply their work. Runs at validation, before any resolver.
 */
export function complexityLimitRule(limits: { maxDepth: number; maxCost: number; maxAliases?: number; expensive?: Readonly<Record<string, number>> }): ValidationRule {
  const maxAliases = limits.maxAliases ?? Number.POSITIVE_INFINITY;
  const expensive = limits.expensive ?? {};
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const schema = context.getSchema();
    // Measured fragments: cost, depth below the spread, aliases (per fragment name and parent type).
    const measured = new Map<string, Measure>();

    const measure = (selectionSet: SelectionSetNode, parent: GraphQLObjectType | null, depth: number, seen: Set<string>): Measure => {
      let cost = 0;
      let maxDepth = depth;
      let aliases = 0;
      const heavy: Record<string, number> = {};
      const addHeavy = (more: Record<string, number>) => {
        for (const [name, n] of Object.entries(more)) heavy[name] = (heavy[name] ?? 0) + n;
      };
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const result = measureField(selection, parent, depth, seen);
          cost += result.cost;
          aliases += result.aliases;
          addHeavy(result.heavy);
          maxDepth = Math.max(maxDepth, result.depth);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const type = schema.getType(fragment.typeCondition.name.value);
          const fragmentParent = isObjectType(type) ? type : parent;
          const key = `${name}:${fragmentParent?.name ?? ''}`;
          let result = measured.get(key);
          if (!result) {
            result = measure(fragment.selectionSet, fragmentParent, 0, new Set([...seen, name]));
            measured.set(key, result);
          }
          cost += result.cost;
          aliases += result.aliases;
          addHeavy(result.heavy);
          maxDepth = Math.max(maxDepth, depth + result.depth);
        } else {
          const typeName = selection.typeCondition?.name.value;
          const type = typeName ? schema.getType(typeName) : parent;
          const result = measure(selection.selectionSet, isObjectType(type) ? type : parent, depth, seen);
          cost += result.cost;
          aliases += result.aliases;
          addHeavy(result.heavy);
          maxDepth = Math.max(maxDepth, result.depth);
        }
      }
      return { cost, depth: maxDepth, aliases, heavy };
    };

    const measureField = (field: FieldNode, parent: GraphQLObjectType | null, depth: number, seen: Set<string>): Measure => {
      const aliased = field.alias && field.alias.value !== field.name.value ? 1 : 0;
      if (field.name.value.startsWith('__')) return { cost: 0, depth, aliases: aliased, heavy: {} };
      const qualified = `${parent?.name ?? ''}.${field.name.value}`;
      const own: Record<string, number> = qualified in expensive ? { [qualified]: 1 } : {};
      const def = parent?.getFields()[field.name.value];
      const type: GraphQLOutputType | undefined = def?.type;
      const nullable = type ? getNullableType(type) : undefined;
      let multiplier = 1;
      if (nullable && isListType(nullable as GraphQLList<GraphQLOutputType>)) {
        const first = field.arguments?.find((a) => a.name.value === 'first');
        multiplier = first?.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : DEFAULT_LIST_SIZE;
      }
      if (!field.selectionSet) return { cost: 1, depth: depth + 1, aliases: aliased, heavy: own };
      const named = type ? getNamedType(type) : null;
      const child = isObjectType(named) ? named : null;
      const inner = measure(field.selectionSet, child, depth + 1, seen);
      // An expensive field below a list runs once per item.
      const heavy = { ...own };
      for (const [name, n] of Object.entries(inner.heavy)) heavy[name] = (heavy[name] ?? 0) + multiplier * n;
      return { cost: 1 + multiplier * inner.cost, depth: inner.depth, aliases: aliased + inner.aliases, heavy };
    };

    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const { cost, depth, aliases, heavy } = measure(node.selectionSet, root ?? null, 0, new Set());
        const overBudget = Object.entries(heavy).find(([name, n]) => n > expensive[name]);
        const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [node], extensions: { verbinderCode: ErrorCode.QUERY_TOO_COMPLEX } }));
        if (depth > limits.maxDepth) {
          refuse(`Deze vraag is te diep genest (${depth} niveaus, hoogstens ${limits.maxDepth}).`);
        } else if (aliases > maxAliases) {
          refuse(`Deze vraag gebruikt te veel aliassen (${aliases}, hoogstens ${maxAliases}). Vraag minder tegelijk op.`);
        } else if (overBudget) {
          const [name] = overBudget;
          refuse(`Deze vraag vraagt ${name.split('.')[1]} te vaak op (hoogstens ${expensive[name]} keer per vraag). Stuur ze in aparte verzoeken.`);
        } else if (cost > limits.maxCost) {
          refuse(`Deze vraag is te zwaar (kosten ${cost}, hoogstens ${limits.maxCost}). Vraag minder tegelijk op.`);
        }
      },
    };
  };
}

interface Measure {
  cost: number;
  depth: number;
  aliases: number;
  /** Occurrences of each expensive field ("Type.field"), fragments expanded and lists multiplied. */
  heavy: Record<string, number>;
}

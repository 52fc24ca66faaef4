import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  GraphQLOutputType,
  isInterfaceType,
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
 * Rejects operations nested deeper than `maxDepth` or costing more than `maxCost`, where a
 * field costs 1 and a list field multiplies what is below it by its `first` argument (or 10).
 * Runs at validation, before any resolver.
 */
export function complexityLimitRule(limits: { maxDepth: number; maxCost: number }): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const schema = context.getSchema();

    const measure = (selectionSet: SelectionSetNode, parent: GraphQLObjectType | null, depth: number, seen: Set<string>): { cost: number; depth: number } => {
      let cost = 0;
      let maxDepth = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const result = measureField(selection, parent, depth, seen);
          cost += result.cost;
          maxDepth = Math.max(maxDepth, result.depth);
        } else {
          const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
          if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
          const typeName = fragment.typeCondition?.name.value;
          const type = typeName ? schema.getType(typeName) : parent;
          const nextSeen = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
          const result = measure(fragment.selectionSet, isObjectType(type) ? type : parent, depth, nextSeen);
          cost += result.cost;
          maxDepth = Math.max(maxDepth, result.depth);
        }
      }
      return { cost, depth: maxDepth };
    };

    const measureField = (field: FieldNode, parent: GraphQLObjectType | null, depth: number, seen: Set<string>) => {
      if (field.name.value.startsWith('__')) return { cost: 0, depth };
      const def = parent?.getFields()[field.name.value];
      const type: GraphQLOutputType | undefined = def?.type;
      const nullable = type ? getNullableType(type) : undefined;
      let multiplier = 1;
      if (nullable && isListType(nullable as GraphQLList<GraphQLOutputType>)) {
        const first = field.arguments?.find((a) => a.name.value === 'first');
        multiplier = first?.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : DEFAULT_LIST_SIZE;
      }
      if (!field.selectionSet) return { cost: 1, depth: depth + 1 };
      const named = type ? getNamedType(type) : null;
      const child = isObjectType(named) ? named : isInterfaceType(named) ? null : null;
      const inner = measure(field.selectionSet, child, depth + 1, seen);
      return { cost: 1 + multiplier * inner.cost, depth: inner.depth };
    };

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const { cost, depth } = measure(node.selectionSet, root ?? null, 0, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`Deze vraag is te diep genest (${depth} niveaus, hoogstens ${limits.maxDepth}).`, {
              nodes: [node],
              extensions: { verbinderCode: ErrorCode.QUERY_TOO_COMPLEX },
            }),
          );
        } else if (cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(`Deze vraag is te zwaar (kosten ${cost}, hoogstens ${limits.maxCost}). Vraag minder tegelijk op.`, {
              nodes: [node],
              extensions: { verbinderCode: ErrorCode.QUERY_TOO_COMPLEX },
            }),
          );
        }
      },
    };
  };
}

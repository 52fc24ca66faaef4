import { BREAK, DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { DomainError, findUnsafeText, isUnsafeText, unsafeTextMessage } from '@verbinder/shared/kernel';

/**
 * The GraphQL edge of the unsafe-text rule (see `isUnsafeText`): every string literal in the
 * document (arguments, input objects, defaults, directives) and every string in the variables.
 * Returns the error to answer with (BAD_USER_INPUT, HTTP 400), or null. Linear in the input.
 */
export function unsafeTextError(document: DocumentNode, variables: unknown): GraphQLError | null {
  let field: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!isUnsafeText(node.value)) return undefined;
      field = 'tekst in de vraag';
      return BREAK;
    },
  });
  field ??= findUnsafeText(variables, 'variables');
  if (!field) return null;
  const domain = DomainError.badInput([{ field, message: unsafeTextMessage(field) }]);
  return new GraphQLError(domain.message, { originalError: domain, extensions: { http: { status: 400 } } });
}

/** Apollo plugin: refuses unsafe text before anything executes (HTTP GraphQL). */
export const unsafeTextPlugin = () => ({
  requestDidStart: async () => ({
    didResolveOperation: async ({ document, request }: { document: DocumentNode; request: { variables?: Record<string, unknown> } }) => {
      const error = unsafeTextError(document, request.variables);
      if (error) throw error;
    },
  }),
});

import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum as a plain object whose values are their own names, the same strings core stores. */
export type GqlEnum<V extends string> = { readonly [K in V]: K };

/** The values of a {@link GqlEnum}, as a string union (use it as the TypeScript type of a field or argument). */
export type EnumValue<E> = E[keyof E];

/**
 * Declares and registers a GraphQL enum in one statement: `name` is the enum's name in the schema, `values` its
 * values (each value is its own name) and `description` what the schema says about it.
 */
export function gqlEnum<const V extends string>(name: string, values: readonly V[], description?: string): GqlEnum<V> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as GqlEnum<V>;
  registerEnumType(enumObject, description === undefined ? { name } : { name, description });
  return enumObject;
}

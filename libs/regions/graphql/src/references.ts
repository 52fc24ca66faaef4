import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, ResolveFieldOptions, Resolver } from '@nestjs/graphql';
import { GqlContext, loadFound } from '@verbinder/platform/graphql';
import { LeerlabModel, PersonModel, RegionModel, SchoolModel } from './models/region.models';
import { regionsLoaders, RegionsLoaders } from './regions.loaders';

/** A field of some model that points at a region, school, leerlab or person by id, resolved through this request's regions loaders. */
export interface Reference<P> {
  readonly type: () => Type<unknown> | [Type<unknown>];
  readonly options?: ResolveFieldOptions;
  resolve(parent: P, ctx: GqlContext): unknown;
}

type IdOf<P> = (parent: P) => string | null | undefined;
type IdsOf<P> = (parent: P) => readonly string[];

/** The kinds of reference for parents of type P, e.g. `ref.person((p) => p.authorId, { nullable: true })`. */
export interface ReferenceKinds<P> {
  region(idOf: IdOf<P>, options?: ResolveFieldOptions): Reference<P>;
  school(idOf: IdOf<P>, options?: ResolveFieldOptions): Reference<P>;
  schools(idsOf: IdsOf<P>, options?: ResolveFieldOptions): Reference<P>;
  leerlab(idOf: IdOf<P>, options?: ResolveFieldOptions): Reference<P>;
  person(idOf: IdOf<P>, options?: ResolveFieldOptions): Reference<P>;
  persons(idsOf: IdsOf<P>, options?: ResolveFieldOptions): Reference<P>;
}

type ByIdLoader = RegionsLoaders['personById'];
type ByIdLoaderKey = 'regionById' | 'schoolById' | 'leerlabById' | 'personById';

/** One referenced row by id: null when the parent has no id there or the row is gone. */
const one =
  (key: ByIdLoaderKey, type: () => Type<unknown>) =>
  <P>(idOf: IdOf<P>, options?: ResolveFieldOptions): Reference<P> => ({
    type,
    options,
    resolve: (parent, ctx) => {
      const id = idOf(parent);
      return id ? (regionsLoaders(ctx)[key] as ByIdLoader).load(id) : null;
    },
  });

/** The referenced rows that exist, in the order of the parent's ids. */
const many =
  (key: ByIdLoaderKey, type: () => Type<unknown>) =>
  <P>(idsOf: IdsOf<P>, options?: ResolveFieldOptions): Reference<P> => ({
    type: () => [type()],
    options,
    resolve: (parent, ctx) => loadFound(regionsLoaders(ctx)[key] as ByIdLoader, idsOf(parent)),
  });

const kinds: ReferenceKinds<unknown> = {
  region: one('regionById', () => RegionModel),
  school: one('schoolById', () => SchoolModel),
  schools: many('schoolById', () => SchoolModel),
  leerlab: one('leerlabById', () => LeerlabModel),
  person: one('personById', () => PersonModel),
  persons: many('personById', () => PersonModel),
};

/**
 * A resolver of `model` for the fields that only look up what they point at: one `@ResolveField(name)` for each entry of
 * `references(ref)`, called with the parent (the model, or the core row it is made from: P) and the request context.
 * Register it as a provider next to the model's other resolvers.
 */
export function referenceResolver<M, P = M>(model: Type<M>, references: (ref: ReferenceKinds<P>) => Record<string, Reference<P>>): Type<unknown> {
  @Resolver(() => model)
  class References {}
  Object.defineProperty(References, 'name', { value: `${model.name}References` });
  for (const [name, field] of Object.entries(references(kinds as ReferenceKinds<P>))) {
    Object.defineProperty(References.prototype, name, { value: (parent: P, ctx: GqlContext) => field.resolve(parent, ctx), writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(References.prototype, name) as PropertyDescriptor;
    ResolveField(name, field.type, field.options)(References.prototype, name, descriptor);
    Parent()(References.prototype, name, 0);
    Context()(References.prototype, name, 1);
  }
  return References;
}

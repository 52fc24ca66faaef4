import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, groupedLoader, perRequest } from '@verbinder/platform/graphql';
import { referenceResolver, ReferenceKinds } from '@verbinder/regions/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { Draaiboek, DraaiboekService, DocumentVersion, WerkgroepDocument, WerkgroepDocumentsService } from '@verbinder/werkgroepen/core';
import {
  DocumentFolderInput,
  DocumentFolderModel,
  DocumentSearchHitModel,
  DocumentUpdateInput,
  DocumentVersionModel,
  DraaiboekDiffLineModel,
  DraaiboekModel,
  DraaiboekVersionModel,
  SaveDraaiboekInput,
  WerkgroepDocumentModel,
} from './documents.models';

/** The download route of a version (apps/api DocumentsController). */
export const downloadUrl = (documentId: string, version: number) => `/bestanden/documenten/${documentId}/versies/${version}`;

/** Versions per document for this request (created on first use). */
function versionsLoader(ctx: GqlContext, service: WerkgroepDocumentsService) {
  return perRequest(ctx, 'werkgroepDocumentVersions', () => groupedLoader(service.versionsByDocumentIds, (v: DocumentVersion) => v.documentId));
}

@Resolver(() => WerkgroepDocumentModel)
export class WerkgroepDocumentResolver {
  constructor(private readonly documents: WerkgroepDocumentsService) {}

  @Query(() => [WerkgroepDocumentModel], { description: 'De documenten in een map van de werkgroep (geen map: de hoofdmap), op titel' })
  werkgroepDocuments(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string, @Args('folderId', { type: () => ID, nullable: true }) folderId?: string | null) {
    return this.documents.list(actor, werkgroepId, folderId ?? null);
  }

  @Query(() => [DocumentFolderModel])
  documentFolders(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.documents.folders(actor, werkgroepId);
  }

  @Query(() => WerkgroepDocumentModel)
  werkgroepDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.documents.get(actor, id);
  }

  @Query(() => [DocumentSearchHitModel], { description: 'Zoeken in titels, omschrijvingen en tekstdocumenten (Nederlands, met stamvormen)' })
  searchWerkgroepDocuments(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string, @Args('query') query: string) {
    return this.documents.search(actor, werkgroepId, query);
  }

  @Mutation(() => DocumentFolderModel)
  createDocumentFolder(@CurrentActor() actor: Actor, @Args('input') input: DocumentFolderInput) {
    return this.documents.createFolder(actor, input);
  }

  @Mutation(() => DocumentFolderModel)
  renameDocumentFolder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('name') name: string) {
    return this.documents.renameFolder(actor, id, name);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert een lege map' })
  deleteDocumentFolder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.documents.deleteFolder(actor, id);
  }

  @Mutation(() => WerkgroepDocumentModel, { description: 'Wijzigt titel en omschrijving' })
  updateDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: DocumentUpdateInput) {
    return this.documents.update(actor, id, input);
  }

  @Mutation(() => WerkgroepDocumentModel, { description: 'Verplaatst een document naar een map (geen map: de hoofdmap)' })
  moveDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('folderId', { type: () => ID, nullable: true }) folderId?: string | null) {
    return this.documents.move(actor, id, folderId ?? null);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert een document (de versies blijven bewaard)' })
  deleteDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.documents.delete(actor, id);
  }

  @ResolveField(() => [DocumentVersionModel])
  versions(@Parent() d: WerkgroepDocument, @Context() ctx: GqlContext) {
    return versionsLoader(ctx, this.documents).load(d.id);
  }

  @ResolveField(() => DocumentVersionModel)
  async latest(@Parent() d: WerkgroepDocument, @Context() ctx: GqlContext) {
    const versions = await versionsLoader(ctx, this.documents).load(d.id);
    return versions.find((v) => v.version === d.currentVersion) ?? versions[0];
  }
}

@Resolver(() => DocumentVersionModel)
export class DocumentVersionResolver {
  @ResolveField(() => String)
  downloadUrl(@Parent() v: DocumentVersion) {
    return downloadUrl(v.documentId, v.version);
  }
}

@Resolver(() => DraaiboekModel)
export class DraaiboekResolver {
  constructor(private readonly service: DraaiboekService) {}

  @Query(() => DraaiboekModel, { description: 'Het huidige draaiboek (versie 0 en leeg als er nog geen is)' })
  draaiboek(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.service.current(actor, werkgroepId);
  }

  @Query(() => DraaiboekModel, { description: 'Een eerdere versie van het draaiboek' })
  draaiboekVersion(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.version(actor, werkgroepId, version);
  }

  @Query(() => [DraaiboekDiffLineModel], { description: 'Verschil per regel tussen twee versies (0 is het lege draaiboek)' })
  draaiboekDiff(
    @CurrentActor() actor: Actor,
    @Args('werkgroepId', { type: () => ID }) werkgroepId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    return this.service.diff(actor, werkgroepId, from, to);
  }

  @Mutation(() => DraaiboekModel, { description: 'Slaat een nieuwe versie op; CONFLICT als iemand anders intussen een versie opsloeg' })
  saveDraaiboek(@CurrentActor() actor: Actor, @Args('input') input: SaveDraaiboekInput) {
    return this.service.save(actor, input);
  }

  @ResolveField(() => [DraaiboekVersionModel])
  versions(@Parent() d: Draaiboek, @CurrentActor() actor: Actor) {
    return this.service.versions(actor, d.werkgroepId);
  }
}

/** Versions and draaiboeken name their author. */
const authorRef = (ref: ReferenceKinds<{ authorId: string | null }>) => ({ author: ref.person((x) => x.authorId, { nullable: true }) });

export const WerkgroepDocumentReferences = referenceResolver<WerkgroepDocumentModel, WerkgroepDocument>(WerkgroepDocumentModel, (ref) => ({
  createdBy: ref.person((d) => d.createdById, { nullable: true }),
}));
export const DocumentVersionReferences = referenceResolver(DocumentVersionModel, authorRef);
export const DraaiboekReferences = referenceResolver(DraaiboekModel, authorRef);
export const DraaiboekVersionResolver = referenceResolver(DraaiboekVersionModel, authorRef);

export const DOCUMENT_RESOLVERS = [
  WerkgroepDocumentResolver,
  WerkgroepDocumentReferences,
  DocumentVersionResolver,
  DocumentVersionReferences,
  DraaiboekResolver,
  DraaiboekReferences,
  DraaiboekVersionResolver,
];

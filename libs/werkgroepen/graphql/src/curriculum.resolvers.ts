import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@verbinder/platform/graphql';
import { referenceResolver } from '@verbinder/regions/graphql';
import { Actor } from '@verbinder/shared/kernel';
import { CurriculumItem, CurriculumPair, CurriculumService } from '@verbinder/werkgroepen/core';
import { CurriculumImportResultModel, CurriculumItemInput, CurriculumItemModel, CurriculumModel, CurriculumPairInput, CurriculumPairModel } from './curriculum.models';

@Resolver(() => CurriculumModel)
export class CurriculumResolver {
  constructor(private readonly service: CurriculumService) {}

  @Query(() => CurriculumModel, { description: 'De vergelijking PTA/OER van een werkgroep met samenvatting' })
  curriculum(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.service.curriculum(actor, werkgroepId);
  }

  @Query(() => String, { description: 'De vergelijking als CSV (puntkomma) voor een spreadsheet' })
  exportCurriculumCsv(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string) {
    return this.service.exportCsv(actor, werkgroepId);
  }

  @Mutation(() => CurriculumItemModel, { description: 'Voegt een vo- of mbo-onderdeel toe of wijzigt het' })
  saveCurriculumItem(@CurrentActor() actor: Actor, @Args('input') input: CurriculumItemInput) {
    return this.service.saveItem(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert een onderdeel met zijn koppelingen' })
  deleteCurriculumItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteItem(actor, id);
  }

  @Mutation(() => CurriculumImportResultModel, {
    description: 'Leest onderdelen in uit CSV (kant;soort;code;titel;omschrijving;school;studie-uren): alles of niets; CSV_INVALID met meldingen per rij',
  })
  importCurriculumCsv(@CurrentActor() actor: Actor, @Args('werkgroepId', { type: () => ID }) werkgroepId: string, @Args('csv') csv: string) {
    return this.service.importCsv(actor, werkgroepId, csv);
  }

  @Mutation(() => CurriculumPairModel, { description: 'Koppelt een vo- en een mbo-onderdeel of wijzigt relatie, besluit, eigenaar en uren' })
  saveCurriculumPair(@CurrentActor() actor: Actor, @Args('input') input: CurriculumPairInput) {
    return this.service.savePair(actor, input);
  }

  @Mutation(() => Boolean)
  deleteCurriculumPair(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deletePair(actor, id);
  }
}

export const CurriculumItemResolver = referenceResolver<CurriculumItemModel, CurriculumItem>(CurriculumItemModel, (ref) => ({ school: ref.school((item) => item.schoolId, { nullable: true }) }));

export const CurriculumPairResolver = referenceResolver<CurriculumPairModel, CurriculumPair>(CurriculumPairModel, (ref) => ({
  owner: ref.person((pair) => pair.ownerId, { nullable: true, description: 'Wie het besluit uitwerkt' }),
}));

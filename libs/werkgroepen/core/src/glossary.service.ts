import { Inject, Injectable } from '@nestjs/common';
import { RegionsService } from '@verbinder/regions/core';
import { Actor, DomainError, hasRegionRole, isMemberOfRegion, isPlatformAdmin, isUuid, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { GLOSSARY_REPOSITORY, GlossaryRepository } from './stream-repository.port';
import type { GlossaryMeaning, GlossaryMeaningInput, GlossaryTerm, GlossaryTermInput } from './stream.types';
import { WerkgroepenService } from './werkgroepen.service';

/** Region roles that may delete any term of the region. */
const GLOSSARY_MANAGERS = ['VERBINDER', 'BEHEERDER'] as const;

/**
 * The taalbrug: a region-wide glossary of words that mean different things in vmbo and mbo
 * ("stage", "PTA", "keuzevak"), with the meaning per school or sector and the meaning the
 * region agreed on. Every member of the region reads and adds; terms may come from a group.
 */
@Injectable()
export class GlossaryService {
  constructor(
    @Inject(GLOSSARY_REPOSITORY) private readonly repo: GlossaryRepository,
    private readonly kernel: KernelPorts,
    private readonly regions: RegionsService,
    private readonly werkgroepen: WerkgroepenService,
  ) {}

  private assertRegionMember(actor: Actor, regionId: string): void {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (!isMemberOfRegion(actor, regionId)) throw DomainError.forbidden('Alleen leden van deze regio zien en bewerken de taalbrug.');
  }

  /** The region's terms; with a search, those matching it with Dutch stemming. Empty search = all, alphabetical. */
  async list(actor: Actor, regionId: string, search?: string | null): Promise<GlossaryTerm[]> {
    this.assertRegionMember(actor, regionId);
    const query = search?.trim() ?? '';
    if (query.length > 200) throw DomainError.badInput([{ field: 'search', message: 'De zoekvraag mag hoogstens 200 tekens hebben.' }]);
    return this.repo.list(regionId, query || null);
  }

  async get(actor: Actor, id: string): Promise<GlossaryTerm> {
    const [term] = isUuid(id) ? await this.repo.findByIds([id]) : [];
    if (!term || !isMemberOfRegion(actor, term.regionId)) throw DomainError.notFound('Dit begrip');
    return term;
  }

  async save(actor: Actor, input: GlossaryTermInput): Promise<GlossaryTerm> {
    const current = input.id ? await this.get(actor, input.id) : null;
    if (current && current.regionId !== input.regionId) throw DomainError.badInput([{ field: 'regionId', message: 'Een begrip kan niet naar een andere regio verhuizen.' }]);
    this.assertRegionMember(actor, input.regionId);
    const check = new InputCheck();
    const term = check.text('term', input.term, { label: 'Het begrip', required: true, max: 80 }) ?? '';
    const sharedMeaning = check.text('sharedMeaning', input.sharedMeaning, { label: 'De gedeelde betekenis', max: 2000 });
    let werkgroepId = input.werkgroepId ?? null;
    if (werkgroepId) {
      const access = await this.werkgroepen.access(actor, werkgroepId).catch(() => null);
      if (!access || access.werkgroep.regionId !== input.regionId || !access.canRead) {
        check.fail('werkgroepId', 'Kies een werkgroep uit deze regio waarvan je de inhoud mag zien.');
        werkgroepId = null;
      }
    }
    check.done();
    return this.kernel.uow.run(async () => {
      const clash = await this.repo.findByRegionAndTerm(input.regionId, term);
      if (clash && clash.id !== current?.id) throw DomainError.conflict(`"${clash.term}" staat al in de taalbrug van deze regio.`, 'term');
      const saved = current
        ? await this.repo.updateTerm(current.id, { werkgroepId, term, sharedMeaning })
        : await this.repo.insertTerm({ regionId: input.regionId, werkgroepId, term, sharedMeaning, createdById: actor.personId });
      await this.repo.refreshSearch(saved.id);
      this.glossaryChanged(saved, 'saved');
      return (await this.repo.findByIds([saved.id]))[0];
    });
  }

  /** A meaning at one school or in one sector (exactly one of the two). */
  async addMeaning(actor: Actor, input: GlossaryMeaningInput): Promise<GlossaryTerm> {
    const term = await this.get(actor, input.termId);
    const check = new InputCheck();
    const meaning = check.text('meaning', input.meaning, { label: 'De betekenis', required: true, max: 2000 });
    const sector = check.text('sector', input.sector, { label: 'De sector', max: 100 });
    const schoolId = input.schoolId || null;
    if (!!schoolId === !!sector) check.fail(schoolId ? 'sector' : 'schoolId', 'Kies een school of een sector (één van beide).');
    if (schoolId) {
      const [school] = isUuid(schoolId) ? await this.regions.schoolsByIds([schoolId]) : [];
      if (!school || school.regionId !== term.regionId) check.fail('schoolId', 'Kies een school uit deze regio.');
    }
    check.done();
    return this.kernel.uow.run(async () => {
      await this.repo.insertMeaning({ termId: term.id, schoolId, sector, meaning: meaning as string });
      await this.repo.refreshSearch(term.id);
      this.glossaryChanged(term, 'meaning-added');
      return (await this.repo.findByIds([term.id]))[0];
    });
  }

  async deleteMeaning(actor: Actor, id: string): Promise<GlossaryTerm> {
    const meaning = isUuid(id) ? await this.repo.findMeaning(id) : null;
    if (!meaning) throw DomainError.notFound('Deze betekenis');
    const term = await this.get(actor, meaning.termId).catch(() => {
      throw DomainError.notFound('Deze betekenis');
    });
    return this.kernel.uow.run(async () => {
      await this.repo.deleteMeaning(meaning.id);
      await this.repo.refreshSearch(term.id);
      this.glossaryChanged(term, 'meaning-deleted');
      return (await this.repo.findByIds([term.id]))[0];
    });
  }

  /** Verbinders and beheerders of the region, or whoever added the term. */
  async deleteTerm(actor: Actor, id: string): Promise<boolean> {
    const term = await this.get(actor, id);
    if (!this.canDelete(actor, term)) throw DomainError.forbidden('Alleen verbinders en beheerders van de regio, of wie het begrip toevoegde, kunnen het verwijderen.');
    return this.kernel.uow.run(async () => {
      await this.repo.deleteTerm(term.id);
      this.glossaryChanged(term, 'deleted');
      return true;
    });
  }

  canDelete(actor: Actor, term: GlossaryTerm): boolean {
    return isPlatformAdmin(actor) || hasRegionRole(actor, term.regionId, [...GLOSSARY_MANAGERS]) || term.createdById === actor.personId;
  }

  meaningsByTermIds = (ids: readonly string[]): Promise<GlossaryMeaning[]> => this.repo.meaningsByTermIds(ids);
  termsByRegionIds = (ids: readonly string[]): Promise<GlossaryTerm[]> => this.repo.byRegionIds(ids.filter(isUuid));

  /** The terms that occur in a text: case-insensitive, whole words. */
  termsIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
    if (!text) return [];
    return terms.filter((t) => wholeWord(t.term).test(text));
  }

  /** A term proposed by a group tells that group's live watchers. */
  private glossaryChanged(term: GlossaryTerm, action: string): void {
    if (term.werkgroepId) this.werkgroepen.changed({ id: term.werkgroepId, regionId: term.regionId }, 'glossary', term.id, action);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive whole-word pattern (letters and digits of any script count as word characters). */
export function wholeWord(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.trim())}(?![\\p{L}\\p{N}])`, 'iu');
}

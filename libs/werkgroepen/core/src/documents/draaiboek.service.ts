import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Actor, DomainError, InputCheck, KernelPorts } from '@verbinder/shared/kernel';
import { WerkgroepenService } from '../werkgroepen.service';
import { DiffLine, DOCUMENTS_REPOSITORY, DocumentsRepository, DraaiboekVersion } from './documents.types';
import { DiffPool } from './diff-pool';
import { DIFF_MAX_LINES, lineCount } from './draaiboek-diff';

export { diffBodies } from './draaiboek-diff';

export const DRAAIBOEK_MAX_CHARS = 200_000;

export interface Draaiboek {
  werkgroepId: string;
  version: number;
  body: string;
  authorId: string | null;
  note: string | null;
  updatedAt: Date | null;
}

/**
 * The draaiboek: one living Markdown document per group. Every save is a new version; a save
 * based on an older version than the current one is refused (CONFLICT) so nobody's changes are
 * overwritten unseen — the client keeps its text and the author merges by hand.
 */
@Injectable()
export class DraaiboekService implements OnModuleDestroy {
  /** Diffs run in worker threads, never on the event loop (diff-pool.ts). */
  private readonly diffPool = new DiffPool();

  constructor(
    private readonly werkgroepen: WerkgroepenService,
    @Inject(DOCUMENTS_REPOSITORY) private readonly repo: DocumentsRepository,
    private readonly kernel: KernelPorts,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.diffPool.close();
  }

  async current(actor: Actor, werkgroepId: string): Promise<Draaiboek> {
    await this.werkgroepen.readable(actor, werkgroepId);
    const latest = await this.repo.latestDraaiboek(werkgroepId);
    return latest ? toDraaiboek(latest) : { werkgroepId, version: 0, body: '', authorId: null, note: null, updatedAt: null };
  }

  async version(actor: Actor, werkgroepId: string, version: number): Promise<Draaiboek> {
    await this.werkgroepen.readable(actor, werkgroepId);
    const found = await this.repo.draaiboekVersion(werkgroepId, version);
    if (!found) throw DomainError.notFound(`Versie ${version} van het draaiboek`);
    return toDraaiboek(found);
  }

  /** Versions, newest first (for a group the caller may read). */
  async versions(actor: Actor, werkgroepId: string): Promise<DraaiboekVersion[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    return this.repo.draaiboekVersions(werkgroepId);
  }

  /**
   * Line diff from version `from` to `to` (version 0 is the empty draaiboek), computed in a
   * worker thread with a bounded number of changes; two versions with more than
   * `DIFF_MAX_LINES` lines together are not compared line by line (BAD_USER_INPUT).
   */
  async diff(actor: Actor, werkgroepId: string, from: number, to: number): Promise<DiffLine[]> {
    await this.werkgroepen.readable(actor, werkgroepId);
    const body = async (v: number, field: string) => {
      if (v === 0) return '';
      const found = Number.isInteger(v) && v > 0 ? await this.repo.draaiboekVersion(werkgroepId, v) : null;
      if (!found) throw DomainError.badInput([{ field, message: `Versie ${v} van het draaiboek bestaat niet.` }]);
      return found.body;
    };
    const [a, b] = [await body(from, 'from'), await body(to, 'to')];
    if (lineCount(a) + lineCount(b) > DIFF_MAX_LINES) {
      throw DomainError.badInput([
        {
          field: 'to',
          message: `Deze versies hebben samen meer dan ${DIFF_MAX_LINES.toLocaleString('nl-NL')} regels; zo groot vergelijkt Verbinder ze niet regel voor regel. Open beide versies om ze te vergelijken.`,
        },
      ]);
    }
    return this.diffPool.diff(a, b);
  }

  async save(actor: Actor, input: { werkgroepId: string; body: string; note?: string | null; baseVersion: number }): Promise<Draaiboek> {
    const { werkgroep } = await this.werkgroepen.writable(actor, input.werkgroepId);
    const check = new InputCheck();
    if (input.body.length > DRAAIBOEK_MAX_CHARS) check.fail('body', `Het draaiboek mag hoogstens ${DRAAIBOEK_MAX_CHARS.toLocaleString('nl-NL')} tekens hebben.`);
    const note = check.text('note', input.note, { label: 'De toelichting', max: 500 });
    if (!Number.isInteger(input.baseVersion) || input.baseVersion < 0) check.fail('baseVersion', 'De versie waarop je wijziging is gebaseerd is ongeldig.');
    check.done();
    return this.kernel.uow.run(async () => {
      const latest = await this.repo.latestDraaiboek(werkgroep.id);
      const current = latest?.version ?? 0;
      const stale = () => DomainError.conflict(`Iemand anders heeft het draaiboek intussen gewijzigd (versie ${current}). Laad de nieuwe versie en voeg je wijzigingen opnieuw toe.`, 'baseVersion');
      if (input.baseVersion !== current) throw stale();
      const saved = await this.repo.insertDraaiboekVersion({ werkgroepId: werkgroep.id, version: current + 1, body: input.body, authorId: actor.personId, note });
      if (!saved) throw stale();
      this.werkgroepen.changed(werkgroep, 'draaiboek', werkgroep.id, 'saved');
      return toDraaiboek(saved);
    });
  }
}

function toDraaiboek(v: DraaiboekVersion): Draaiboek {
  return { werkgroepId: v.werkgroepId, version: v.version, body: v.body, authorId: v.authorId, note: v.note, updatedAt: v.createdAt };
}

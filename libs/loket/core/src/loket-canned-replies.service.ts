import { Injectable } from '@nestjs/common';
import { Actor, DomainError, isUuid, InputCheck } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { LoketPorts } from './loket-ports';
import { CannedReply } from './loket.types';

/** The region's canned replies: kept by the loket's staff, used by staff and school contacts. */
@Injectable()
export class LoketCannedRepliesService {
  constructor(
    private readonly ports: LoketPorts,
    private readonly access: LoketAccessService,
  ) {}

  /** The region's canned replies: staff, and school contacts (members with a school in the region) to use them. */
  async cannedReplies(actor: Actor, regionId: string): Promise<CannedReply[]> {
    if (!isUuid(regionId)) throw DomainError.notFound('Deze regio');
    if (this.access.ownSchoolIds(actor, regionId).length === 0) this.access.assertStaff(actor, regionId);
    return this.ports.repo.listCannedReplies(regionId);
  }

  /** Creates (no id) or changes a canned reply; the title is unique per region. */
  async saveCannedReply(actor: Actor, input: { id?: string | null; regionId: string; title: string; body: string }): Promise<CannedReply> {
    if (!isUuid(input.regionId)) throw DomainError.notFound('Deze regio');
    this.access.assertStaff(actor, input.regionId);
    const existing = input.id ? (isUuid(input.id) ? await this.ports.repo.findCannedReply(input.id) : null) : null;
    if (input.id && (!existing || existing.regionId !== input.regionId)) throw DomainError.notFound('Dit standaardantwoord');
    const check = new InputCheck();
    const title = check.text('title', input.title, { label: 'De titel', required: true, max: 100 });
    const body = check.text('body', input.body, { label: 'De tekst', required: true, max: 4000 });
    check.done();
    return this.ports.uow.run(async () => {
      const same = await this.ports.repo.findCannedReplyByTitle(input.regionId, title as string);
      if (same && same.id !== existing?.id) throw DomainError.conflict(`Er is in deze regio al een standaardantwoord met de titel "${title}". Kies een andere titel.`, 'title');
      return existing
        ? this.ports.repo.updateCannedReply(existing.id, { title: title as string, body: body as string })
        : this.ports.repo.insertCannedReply({ regionId: input.regionId, title: title as string, body: body as string });
    });
  }

  async deleteCannedReply(actor: Actor, id: string): Promise<boolean> {
    const reply = isUuid(id) ? await this.ports.repo.findCannedReply(id) : null;
    if (!reply) throw DomainError.notFound('Dit standaardantwoord');
    this.access.assertStaff(actor, reply.regionId);
    return this.ports.uow.run(() => this.ports.repo.deleteCannedReply(reply.id));
  }
}

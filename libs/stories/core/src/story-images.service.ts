import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  Actor,
  detectFileType,
  DOCUMENT_STORE,
  DocumentStore,
  DomainError,
  formatBytes,
  imageDimensions,
  isUuid,
  StagedFile,
  uploadRefusal,
  UPLOAD_RULES,
  WEB_IMAGE_KINDS,
  InputCheck,
  KernelPorts,
} from '@verbinder/shared/kernel';
import { bodyUsesImage, withImageAlt } from './sanitize';
import { PublicStoriesService } from './public-stories.service';
import { StoriesService } from './stories.service';
import { StoryEditingService } from './story-editing.service';
import { STORIES_REPOSITORY, StoriesRepository } from './stories-repository.port';
import type { Story, StoryImage } from './stories.types';

/** Story images are at most 10 MB. */
export const STORY_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** Alt text: required, at most this many characters (a sentence or two for a screen reader). */
export const STORY_IMAGE_ALT_MAX = 250;
const SHA256 = /^[0-9a-f]{64}$/;

/** An upload that passed the checks, still staged: `add` commits it. */
export interface ReceivedImage {
  staged: StagedFile;
  mimeType: string;
  width: number | null;
  height: number | null;
}

/** Bytes of an image that may be shown, and how. */
export interface ServedImage {
  sha256: string;
  mimeType: string;
  byteSize: number;
  open: () => Promise<Readable>;
}

/**
 * Images of stories. Uploads are checked before anything is stored (type from the bytes: JPEG,
 * PNG, WebP or GIF; at most 10 MB; alt text required); the bytes go content-addressed into the
 * DocumentStore and a row per story records them.
 *
 * Who sees an image (AVG: a photo of a person is personal data, shown only under the consent of
 * a public story): publicly only while a story that is public now (published, time come, every
 * consent valid now) owns the image *and* shows it in its body or in one of its translations;
 * otherwise it does not exist for the public (404). The redactie of a region sees the images of
 * its region's stories in any status (preview).
 */
@Injectable()
export class StoryImagesService {
  constructor(
    private readonly stories: StoriesService,
    private readonly editing: StoryEditingService,
    private readonly publicStories: PublicStoriesService,
    @Inject(STORIES_REPOSITORY) private readonly repo: StoriesRepository,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly kernel: KernelPorts,
  ) {}

  get maxBytes(): number {
    return STORY_IMAGE_MAX_BYTES;
  }

  // ---------- upload ----------

  /** Checks, before reading the body, that the actor may add images to the story. */
  async assertCanUpload(actor: Actor, storyId: string): Promise<void> {
    await this.stories.forRedactie(actor, storyId);
  }

  /** Receives one file: not empty, within 10 MB, an image by its content. A refused file is discarded. */
  async receive(source: Readable): Promise<ReceivedImage> {
    const staged = await this.store.stage(source, { maxBytes: STORY_IMAGE_MAX_BYTES, headBytes: 64 * 1024 });
    try {
      if (staged.tooLarge) throw uploadRefusal(UPLOAD_RULES.tooLarge, `De afbeelding is groter dan ${formatBytes(STORY_IMAGE_MAX_BYTES)}. Verklein de foto en probeer het opnieuw.`);
      if (staged.size === 0) throw uploadRefusal(UPLOAD_RULES.empty, 'Het bestand is leeg.');
      const type = detectFileType(staged.head, staged.tail);
      if (!type.ok || !WEB_IMAGE_KINDS.includes(type.kind))
        throw uploadRefusal(UPLOAD_RULES.type, 'Dit bestand is geen afbeelding die we kunnen tonen. Upload een JPEG-, PNG-, WebP- of GIF-afbeelding.');
      const size = imageDimensions(staged.head);
      return { staged, mimeType: type.contentType, width: size?.width ?? null, height: size?.height ?? null };
    } catch (error) {
      await staged.discard();
      throw error;
    }
  }

  /** Stores a received image for the story with its alt text; nothing is kept on a refusal. */
  async add(actor: Actor, storyId: string, input: { alt?: string | null }, file: ReceivedImage | null): Promise<StoryImage> {
    try {
      const story = await this.stories.forRedactie(actor, storyId);
      const check = new InputCheck();
      const alt = this.checkAlt(check, input.alt);
      if (!file) check.fail('file', 'Kies een afbeelding om te uploaden.');
      check.done();
      const received = file as ReceivedImage;
      await received.staged.commit();
      return await this.kernel.uow.run(async () => {
        await this.repo.lockStory(story.id);
        const image = await this.repo.insertImage({
          storyId: story.id,
          sha256: received.staged.sha256,
          mimeType: received.mimeType,
          byteSize: received.staged.size,
          width: received.width,
          height: received.height,
          alt,
          uploadedById: actor.personId,
        });
        if (!image) throw DomainError.conflict('Deze afbeelding hoort al bij dit verhaal.');
        await this.repo.insertHistory([{ storyId: story.id, action: 'AFBEELDING', note: `Afbeelding toegevoegd: ${alt}`, actorId: actor.personId, actorName: actor.name }]);
        return image;
      });
    } finally {
      await file?.staged.discard();
    }
  }

  private checkAlt(check: InputCheck, alt: string | null | undefined): string {
    return check.text('alt', alt, { label: 'De beschrijving (alt-tekst)', required: true, max: STORY_IMAGE_ALT_MAX }) ?? '';
  }

  // ---------- reading ----------

  /** The story's images: the redactie sees all, others only those the body shows. */
  async list(actor: Actor, story: Story): Promise<StoryImage[]> {
    const images = await this.repo.listImages(story.id);
    return this.stories.isRedactie(actor, story.regionId) ? images : images.filter((i) => bodyUsesImage(story.body, i.sha256));
  }

  /**
   * The image for anyone, or null when no story that is public now owns and shows it. A story
   * shows it when its body or a translation's body has it.
   */
  async publicImage(sha256: string): Promise<ServedImage | null> {
    if (!SHA256.test(sha256)) return null;
    const rows = await this.repo.listImagesBySha(sha256);
    for (const row of rows) {
      const story = await this.repo.findStory(row.storyId);
      if (!story || (await this.publicStories.visible([story])).length === 0) continue;
      const shown = bodyUsesImage(story.body, sha256) || (await this.repo.listTranslations(story.id)).some((t) => bodyUsesImage(t.body, sha256));
      if (shown) return this.served(row);
    }
    return null;
  }

  /** The image for the redactie of a story that owns it (any status), or null. */
  async previewImage(actor: Actor, sha256: string): Promise<ServedImage | null> {
    if (!SHA256.test(sha256)) return null;
    for (const row of await this.repo.listImagesBySha(sha256)) {
      const story = await this.repo.findStory(row.storyId);
      if (story && this.stories.isRedactie(actor, story.regionId)) return this.served(row);
    }
    return null;
  }

  private served(row: StoryImage): ServedImage {
    return { sha256: row.sha256, mimeType: row.mimeType, byteSize: row.byteSize, open: () => this.store.open(row.sha256) };
  }

  // ---------- changes ----------

  private async loadImage(actor: Actor, id: string): Promise<{ image: StoryImage; story: Story }> {
    const image = isUuid(id) ? await this.repo.findImage(id) : null;
    if (!image) throw DomainError.notFound('Deze afbeelding');
    const story = await this.stories.forRedactie(actor, image.storyId);
    return { image, story };
  }

  /**
   * New alt text. Where the body shows the image its alt text changes too — that changes the
   * text, so the rules of editing apply (not while scheduled or published; a new review).
   */
  async updateAlt(actor: Actor, id: string, altInput: string): Promise<StoryImage> {
    const { image } = await this.loadImage(actor, id);
    const check = new InputCheck();
    const alt = this.checkAlt(check, altInput);
    check.done();
    return this.kernel.uow.run(async () => {
      const story = (await this.repo.lockStory(image.storyId)) as Story;
      if (bodyUsesImage(story.body, image.sha256)) await this.editing.reviseBody(actor, story, withImageAlt(story.body, image.sha256, alt), `Beschrijving van een afbeelding gewijzigd: ${alt}`);
      else await this.repo.insertHistory([{ storyId: story.id, action: 'AFBEELDING', note: `Beschrijving van een afbeelding gewijzigd: ${alt}`, actorId: actor.personId, actorName: actor.name }]);
      return this.repo.updateImageAlt(image.id, alt);
    });
  }

  /** Removes an image from the story; refused while the body or a translation still shows it. */
  async remove(actor: Actor, id: string): Promise<boolean> {
    const { image } = await this.loadImage(actor, id);
    return this.kernel.uow.run(async () => {
      const story = (await this.repo.lockStory(image.storyId)) as Story;
      const translations = await this.repo.listTranslations(story.id);
      if (bodyUsesImage(story.body, image.sha256) || translations.some((t) => bodyUsesImage(t.body, image.sha256))) {
        throw DomainError.conflict('Deze afbeelding staat nog in de tekst (of in een vertaling). Haal haar daar eerst weg.');
      }
      await this.repo.deleteImage(image.id);
      await this.repo.insertHistory([{ storyId: story.id, action: 'AFBEELDING', note: `Afbeelding verwijderd: ${image.alt}`, actorId: actor.personId, actorName: actor.name }]);
      return true;
    });
  }
}

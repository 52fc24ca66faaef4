import { Readable } from 'node:stream';
import { DomainError } from '@verbinder/shared/kernel';
import { outcome } from '@verbinder/shared/kernel/testing';
import { storyImageUrl } from './sanitize';
import { STORY_IMAGE_MAX_BYTES, StoryImagesService } from './story-images.service';
import { MemoryDocumentStore, pngHeader } from './testing/memory-document-store';
import { eindredacteur, member, outsider, redacteur, storiesWorld, storyInput } from './testing/stories-fixtures';

// Story images: checked before anything is kept (an image by its bytes, at most 10 MB, alt text
// required), public only while a public story shows them, previews for the redactie, and edits
// that follow the rules of editing the text.

function imagesWorld() {
  const world = storiesWorld();
  const store = new MemoryDocumentStore();
  const images = new StoryImagesService(world.stories, world.editing, world.publicStories, world.repo, store, world.kernel);
  return { ...world, store, images };
}

const upload = (bytes: Buffer) => Readable.from([bytes]);

describe('StoryImagesService', () => {
  it('receives an image by its bytes, with its size, and refuses anything else leaving nothing behind', async () => {
    const { images, store } = imagesWorld();
    expect(await images.receive(upload(pngHeader(640, 480)))).toMatchObject({ mimeType: 'image/png', width: 640, height: 480 });
    const refusals = [Buffer.alloc(0), Buffer.from('%PDF-1.7 not an image'), Buffer.concat([pngHeader(1, 1), Buffer.alloc(STORY_IMAGE_MAX_BYTES)])];
    for (const bytes of refusals) {
      const error = await images.receive(upload(bytes)).catch((e: DomainError) => e);
      expect(error).toBeInstanceOf(DomainError);
    }
    expect(store.discarded).toBe(3);
    expect(store.files.size).toBe(0);
  });

  it('adds an image for the redactie with its alt text, once per story', async () => {
    const { images, editing, store, repo } = imagesWorld();
    const story = await editing.create(redacteur, storyInput());
    await expect(images.assertCanUpload(member, story.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await outcome(images.add(redacteur, story.id, { alt: ' ' }, await images.receive(upload(pngHeader(2, 2)))))).toBe('BAD_USER_INPUT alt');
    expect(await outcome(images.add(redacteur, story.id, { alt: 'Een werkplaats' }, null))).toBe('BAD_USER_INPUT file');
    expect(store.files.size).toBe(0);
    const image = await images.add(redacteur, story.id, { alt: 'Een werkplaats' }, await images.receive(upload(pngHeader(2, 2))));
    expect(image).toMatchObject({ storyId: story.id, alt: 'Een werkplaats', width: 2, height: 2, uploadedById: redacteur.personId });
    expect(store.files.has(image.sha256)).toBe(true);
    expect(await outcome(images.add(redacteur, story.id, { alt: 'Nog eens' }, await images.receive(upload(pngHeader(2, 2)))))).toBe('CONFLICT');
    expect(repo.history.filter((h) => h.action === 'AFBEELDING').map((h) => h.note)).toEqual(['Afbeelding toegevoegd: Een werkplaats']);
  });

  it('serves an image publicly only while a public story shows it; the redactie previews any', async () => {
    const { images, editing, publishing, repo } = imagesWorld();
    const story = await editing.create(redacteur, storyInput());
    const shown = await images.add(redacteur, story.id, { alt: 'Werkplaats' }, await images.receive(upload(pngHeader(3, 3, 1))));
    const unused = await images.add(redacteur, story.id, { alt: 'Ongebruikt' }, await images.receive(upload(pngHeader(3, 3, 2))));
    await editing.update(redacteur, story.id, storyInput({ body: `<p>Tekst</p><img src="${storyImageUrl(shown.sha256)}" alt="Werkplaats">` }));
    expect((await images.list(member, (await repo.findStory(story.id))!)).map((i) => i.id)).toEqual([shown.id]);
    expect((await images.list(redacteur, (await repo.findStory(story.id))!)).map((i) => i.id)).toEqual([shown.id, unused.id]);

    expect(await images.publicImage(shown.sha256)).toBeNull();
    expect(await images.previewImage(redacteur, shown.sha256)).toMatchObject({ sha256: shown.sha256, mimeType: 'image/png' });
    expect(await images.previewImage(outsider, shown.sha256)).toBeNull();
    await publishing.submit(redacteur, story.id);
    await publishing.approve(eindredacteur, story.id);
    await publishing.publish(eindredacteur, story.id);
    const served = await images.publicImage(shown.sha256);
    expect(served).toMatchObject({ sha256: shown.sha256, byteSize: shown.byteSize });
    const chunks: Buffer[] = [];
    for await (const chunk of await served!.open()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    expect(await images.publicImage(unused.sha256)).toBeNull();
    expect(await images.publicImage('not-a-hash')).toBeNull();
  });

  it('changes the alt text in the body too, under the rules of editing', async () => {
    const { images, editing, repo } = imagesWorld();
    const story = await editing.create(redacteur, storyInput());
    const image = await images.add(redacteur, story.id, { alt: 'Oud' }, await images.receive(upload(pngHeader(4, 4))));
    await editing.update(redacteur, story.id, storyInput({ body: `<p>x</p><img src="${storyImageUrl(image.sha256)}" alt="Oud">` }));
    repo.stories[0].status = 'APPROVED';
    expect(await images.updateAlt(redacteur, image.id, 'Nieuw')).toMatchObject({ alt: 'Nieuw' });
    expect(repo.stories[0]).toMatchObject({ status: 'DRAFT', body: expect.stringContaining('alt="Nieuw"') });
    expect(await outcome(images.updateAlt(redacteur, image.id, ''))).toBe('BAD_USER_INPUT alt');
    expect(await outcome(images.updateAlt(member, image.id, 'Nee'))).toBe('FORBIDDEN');
    repo.stories[0].status = 'PUBLISHED';
    expect(await outcome(images.updateAlt(redacteur, image.id, 'Anders'))).toBe('CONFLICT');
  });

  it('removes an image only when neither the text nor a translation shows it', async () => {
    const { images, editing, publishing } = imagesWorld();
    const story = await editing.create(redacteur, storyInput());
    const image = await images.add(redacteur, story.id, { alt: 'Foto' }, await images.receive(upload(pngHeader(5, 5))));
    const tag = `<img src="${storyImageUrl(image.sha256)}" alt="Foto">`;
    await publishing.setTranslation(redacteur, story.id, { language: 'en', title: 'A day', lead: 'Lead', body: `<p>x</p>${tag}` });
    expect(await outcome(images.remove(redacteur, image.id))).toBe('CONFLICT');
    await publishing.removeTranslation(redacteur, story.id, 'en');
    expect(await outcome(images.remove(outsider, image.id))).toBe('FORBIDDEN');
    expect(await images.remove(redacteur, image.id)).toBe(true);
    expect(await outcome(images.remove(redacteur, image.id))).toBe('NOT_FOUND');
  });
});

import { imagesWithoutAlt, plainText, sanitizeStoryHtml } from './sanitize';
import type { StoryInput } from './stories.types';
import { type InputCheck } from '@verbinder/shared/kernel';

const MAX_BODY = 50_000;

/** Title, lead and body of a story or a translation: checked, the body sanitized. */
export function checkContent(check: InputCheck, input: Pick<StoryInput, 'title' | 'lead' | 'body'>) {
  const title = check.text('title', input.title, { label: 'Titel', required: true, max: 150 });
  const lead = check.text('lead', input.lead, { label: 'Intro', required: true, max: 600 });
  const raw = input.body ?? '';
  if (raw.length > MAX_BODY) check.fail('body', `De tekst mag hoogstens ${MAX_BODY} tekens hebben.`);
  if (imagesWithoutAlt(raw) > 0) check.fail('body', 'Elke afbeelding heeft een beschrijving (alt-tekst) nodig.');
  const body = sanitizeStoryHtml(raw);
  if (!plainText(body)) check.fail('body', 'De tekst van het verhaal is verplicht.');
  return { title: title ?? '', lead: lead ?? '', body };
}

// The data map of the stories domain (see @verbinder/platform/db data-map.ts). Stories may be about
// pupils: the parent's (or a pupil of 16 or older's own) consent governs every person in a story.
import { classify, Retention } from '@verbinder/platform/db';
import { newsletterSubscriptions, stories, storyComments, storyConsents, storyHistory, storyImages, storyPeople, storyRevisions, storyTranslations } from './stories.tables';

const WITH_STORY: Retention = {
  rule: 'Zolang het verhaal bestaat; een verhaal gaat offline zodra een toestemming eindigt of wordt ingetrokken.',
  enforcedBy: 'StoryConsentsService.withdrawConsent, StoryPublishingService.sweep (planner)',
};
/** Story texts can describe pupils; published only with consent. */
const STORY_TEXT = 'sensitive' as const;

export const storiesDataMap = [
  classify('stories', stories, {
    purpose: 'Verhalen voor ouders, leerlingen en bedrijven op de publieke site, met redactie en planning.',
    subjects: ['staff', 'pupils', 'parents'],
    legalBasis: 'consent',
    retention: WITH_STORY,
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'Verhalen zijn van de regio; de maker wordt Oud-deelnemer.' },
    columns: {
      id: 'none', regionId: 'none', leerlabId: 'none', slug: 'none', title: STORY_TEXT, lead: STORY_TEXT, body: STORY_TEXT, audience: 'none', tags: 'none',
      status: 'none', publishAt: 'none', publishedAt: 'none', blockedReason: 'none', createdById: 'personal', createdAt: 'none', updatedAt: 'none', search: STORY_TEXT,
    },
  }),
  classify('stories', storyTranslations, {
    purpose: 'Vertalingen van een verhaal (o.a. voor ouders die geen Nederlands spreken).',
    subjects: ['pupils', 'parents'],
    legalBasis: 'consent',
    retention: WITH_STORY,
    columns: { id: 'none', storyId: 'none', language: 'none', title: STORY_TEXT, lead: STORY_TEXT, body: STORY_TEXT, updatedAt: 'none' },
  }),
  classify('stories', storyConsents, {
    purpose: 'Toestemmingen voor publicatie: van een ouder voor een leerling jonger dan 16, of van de persoon zelf.',
    subjects: ['pupils', 'parents', 'staff'],
    legalBasis: 'consent',
    retention: {
      rule: 'Een beëindigde toestemming (ingetrokken, verlopen of schooljaar voorbij) wordt 12 maanden later verwijderd; op verzoek eerder gewist.',
      enforcedBy: 'StoryConsentsService.deleteEndedConsents (planner), StoryConsentsService.eraseConsentsOfSubject',
    },
    erasure: { action: 'keep', reason: 'Toestemmingen blijven zolang ze gelden (ze regelen wat gepubliceerd mag); wie ze vastlegde wordt Oud-deelnemer.', pseudonymise: { by: ['recordedById'], names: ['recordedByName'] } },
    columns: {
      id: 'none', regionId: 'none', subjectName: 'sensitive', givenByName: 'personal', relation: 'sensitive', scope: 'none', storyId: 'none', schoolYear: 'none',
      givenAt: 'personal', expiresAt: 'personal', withdrawnAt: 'personal', withdrawnReason: 'personal', recordedById: 'personal', recordedByName: 'personal', createdAt: 'none',
    },
  }),
  classify('stories', storyPeople, {
    purpose: 'Wie in een verhaal voorkomt (naam, rol, citaat, op de foto) en op welke toestemming dat rust; bij een leerling de geboortedatum om te bepalen wie toestemming geeft.',
    subjects: ['pupils', 'staff'],
    legalBasis: 'consent',
    retention: WITH_STORY,
    columns: {
      id: 'none', storyId: 'none', name: 'sensitive', role: 'sensitive', quote: 'sensitive', inPhoto: 'sensitive', isPupil: 'sensitive', birthDate: 'sensitive',
      consentId: 'sensitive', createdAt: 'none',
    },
  }),
  classify('stories', storyRevisions, {
    purpose: 'Eerdere versies van een verhaal (redactiegeschiedenis).',
    subjects: ['staff', 'pupils'],
    legalBasis: 'consent',
    retention: WITH_STORY,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De versiegeschiedenis van een verhaal blijft; de naam van de auteur wordt Oud-deelnemer.', pseudonymise: { by: ['authorId'], names: ['authorName'] } },
    columns: { id: 'none', storyId: 'none', title: STORY_TEXT, lead: STORY_TEXT, body: STORY_TEXT, authorId: 'personal', authorName: 'personal', createdAt: 'none' },
  }),
  classify('stories', storyComments, {
    purpose: 'Opmerkingen van de redactie bij een verhaal.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_STORY,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Opmerkingen van de redactie blijven bij het verhaal; de naam wordt Oud-deelnemer.', pseudonymise: { by: ['authorId'], names: ['authorName'] } },
    columns: { id: 'none', storyId: 'none', authorId: 'personal', authorName: 'personal', body: 'personal', createdAt: 'none' },
  }),
  classify('stories', storyHistory, {
    purpose: 'Wat er met een verhaal gebeurde (ingediend, gepubliceerd, offline gehaald) en door wie.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: WITH_STORY,
    erasure: { action: 'keep', reason: 'De geschiedenis van een verhaal blijft; de naam van wie iets deed wordt Oud-deelnemer.', pseudonymise: { by: ['actorId'], names: ['actorName'] } },
    columns: { actorId: 'personal', id: 'none', storyId: 'none', action: 'none', note: 'personal', actorName: 'personal', createdAt: 'none' },
  }),
  classify('stories', storyImages, {
    purpose: 'Foto’s bij een verhaal (kunnen leerlingen tonen; alleen met toestemming gepubliceerd).',
    subjects: ['pupils', 'staff'],
    legalBasis: 'consent',
    retention: WITH_STORY,
    subject: { personId: ['uploadedById'] },
    erasure: { action: 'keep', reason: 'Afbeeldingen horen bij het verhaal; wie ze uploadde wordt Oud-deelnemer.' },
    files: ['sha256'],
    columns: { id: 'none', storyId: 'none', sha256: 'sensitive', mimeType: 'none', byteSize: 'none', width: 'none', height: 'none', alt: 'sensitive', uploadedById: 'personal', createdAt: 'none' },
  }),
  classify('stories', newsletterSubscriptions, {
    purpose: 'Nieuwsbrief over nieuwe verhalen (dubbele opt-in).',
    subjects: ['subscribers'],
    legalBasis: 'consent',
    retention: {
      rule: 'Tot afmelden (direct verwijderd); een niet bevestigde aanmelding een dag na het verlopen van de bevestigingslink.',
      enforcedBy: 'NewsletterService.unsubscribe, NewsletterService.sweep (RetentionJob)',
    },
    subject: { email: ['email'] },
    erasure: { action: 'delete', reason: 'Aanmeldingen voor de nieuwsbrief met het e-mailadres vervallen.' },
    columns: { id: 'none', regionId: 'none', email: 'personal', status: 'personal', confirmTokenHash: 'personal', confirmExpiresAt: 'personal', createdAt: 'personal', confirmedAt: 'personal' },
  }),
];

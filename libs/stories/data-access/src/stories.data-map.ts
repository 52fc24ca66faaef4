// The data map of the stories domain (see @verbinder/platform/db data-map.ts). Stories may be about
// pupils: the parent's (or a pupil of 16 or older's own) consent governs every person in a story.
import { classify, nonPersonal, personal, publicTask, Retention, sensitive, withConsent } from '@verbinder/platform/db';
import { newsletterSubscriptions, stories, storyComments, storyConsents, storyHistory, storyImages, storyPeople, storyRevisions, storyTranslations } from './stories.tables';

const WITH_STORY: Retention = {
  rule: 'Zolang het verhaal bestaat; een verhaal gaat offline zodra een toestemming eindigt of wordt ingetrokken.',
  enforcedBy: 'StoryConsentsService.withdrawConsent, StoryPublishingService.sweep (planner)',
};

export const storiesDataMap = [
  classify('stories', stories, {
    purpose: 'Verhalen voor ouders, leerlingen en bedrijven op de publieke site, met redactie en planning.',
    ...withConsent(['staff', 'pupils', 'parents'], WITH_STORY),
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'Verhalen zijn van de regio; de maker wordt Oud-deelnemer.' },
    columns: {
      ...nonPersonal('id', 'regionId', 'leerlabId', 'slug', 'audience', 'tags', 'status', 'publishAt', 'publishedAt', 'blockedReason', 'createdAt', 'updatedAt'),
      ...personal('createdById'),
      ...sensitive('title', 'lead', 'body', 'search'),
    },
  }),
  classify('stories', storyTranslations, {
    purpose: 'Vertalingen van een verhaal (o.a. voor ouders die geen Nederlands spreken).',
    ...withConsent(['pupils', 'parents'], WITH_STORY),
    columns: { ...nonPersonal('id', 'storyId', 'language', 'updatedAt'), ...sensitive('title', 'lead', 'body') },
  }),
  classify('stories', storyConsents, {
    purpose: 'Toestemmingen voor publicatie: van een ouder voor een leerling jonger dan 16, of van de persoon zelf.',
    ...withConsent(['pupils', 'parents', 'staff'], {
      rule: 'Een beëindigde toestemming (ingetrokken, verlopen of schooljaar voorbij) wordt 12 maanden later verwijderd; op verzoek eerder gewist.',
      enforcedBy: 'StoryConsentsService.deleteEndedConsents (RetentionJob), StoryConsentsService.eraseConsentsOfSubject',
    }),
    erasure: {
      action: 'keep',
      reason: 'Toestemmingen blijven zolang ze gelden (ze regelen wat gepubliceerd mag); wie ze vastlegde wordt Oud-deelnemer.',
      pseudonymise: { by: ['recordedById'], names: ['recordedByName'] },
    },
    columns: {
      ...nonPersonal('id', 'regionId', 'scope', 'storyId', 'schoolYear', 'createdAt'),
      ...personal('givenByName', 'givenAt', 'expiresAt', 'withdrawnAt', 'withdrawnReason', 'recordedById', 'recordedByName'),
      ...sensitive('subjectName', 'relation'),
    },
  }),
  classify('stories', storyPeople, {
    purpose: 'Wie in een verhaal voorkomt (naam, rol, citaat, op de foto) en op welke toestemming dat rust; bij een leerling de geboortedatum om te bepalen wie toestemming geeft.',
    ...withConsent(['pupils', 'staff'], WITH_STORY),
    columns: { ...nonPersonal('id', 'storyId', 'createdAt'), ...sensitive('name', 'role', 'quote', 'inPhoto', 'isPupil', 'birthDate', 'consentId') },
  }),
  classify('stories', storyRevisions, {
    purpose: 'Eerdere versies van een verhaal (redactiegeschiedenis).',
    ...withConsent(['staff', 'pupils'], WITH_STORY),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De versiegeschiedenis van een verhaal blijft; de naam van de auteur wordt Oud-deelnemer.', pseudonymise: { by: ['authorId'], names: ['authorName'] } },
    columns: { ...nonPersonal('id', 'storyId', 'createdAt'), ...personal('authorId', 'authorName'), ...sensitive('title', 'lead', 'body') },
  }),
  classify('stories', storyComments, {
    purpose: 'Opmerkingen van de redactie bij een verhaal.',
    ...publicTask(['staff'], WITH_STORY),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Opmerkingen van de redactie blijven bij het verhaal; de naam wordt Oud-deelnemer.', pseudonymise: { by: ['authorId'], names: ['authorName'] } },
    columns: { ...nonPersonal('id', 'storyId', 'createdAt'), ...personal('authorId', 'authorName', 'body') },
  }),
  classify('stories', storyHistory, {
    purpose: 'Wat er met een verhaal gebeurde (ingediend, gepubliceerd, offline gehaald) en door wie.',
    ...publicTask(['staff'], WITH_STORY),
    erasure: { action: 'keep', reason: 'De geschiedenis van een verhaal blijft; de naam van wie iets deed wordt Oud-deelnemer.', pseudonymise: { by: ['actorId'], names: ['actorName'] } },
    columns: { ...nonPersonal('id', 'storyId', 'action', 'createdAt'), ...personal('actorId', 'note', 'actorName') },
  }),
  classify('stories', storyImages, {
    purpose: 'Foto’s bij een verhaal (kunnen leerlingen tonen; alleen met toestemming gepubliceerd).',
    ...withConsent(['pupils', 'staff'], WITH_STORY),
    subject: { personId: ['uploadedById'] },
    erasure: { action: 'keep', reason: 'Afbeeldingen horen bij het verhaal; wie ze uploadde wordt Oud-deelnemer.' },
    files: ['sha256'],
    columns: { ...nonPersonal('id', 'storyId', 'mimeType', 'byteSize', 'width', 'height', 'createdAt'), ...personal('uploadedById'), ...sensitive('sha256', 'alt') },
  }),
  classify('stories', newsletterSubscriptions, {
    purpose: 'Nieuwsbrief over nieuwe verhalen (dubbele opt-in).',
    ...withConsent(['subscribers'], {
      rule: 'Tot afmelden (direct verwijderd); een niet bevestigde aanmelding een dag na het verlopen van de bevestigingslink.',
      enforcedBy: 'NewsletterService.unsubscribe, NewsletterService.sweep (RetentionJob)',
    }),
    subject: { email: ['email'] },
    erasure: { action: 'delete', reason: 'Aanmeldingen voor de nieuwsbrief met het e-mailadres vervallen.' },
    columns: { ...nonPersonal('id', 'regionId'), ...personal('email', 'status', 'confirmTokenHash', 'confirmExpiresAt', 'createdAt', 'confirmedAt') },
  }),
];

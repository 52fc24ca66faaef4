// Stories in the authorization and bad-input tables. Writing is for the redactie (REDACTEUR,
// VERBINDER, BEHEERDER of the region); approving, scheduling and publishing for the eindredactie
// (VERBINDER, BEHEERDER). Operations on one story or consent are answered NOT_FOUND for an
// unknown id before any role check; region-level writes are FORBIDDEN for the docent.
import { NO_SUCH_STORY } from '../../support/stories-fixtures';
import { type AuthzCase, type BadCase, staffOnly } from './types';

const STORY = '{ id status }';
const BODY = '"<p>Tekst</p>"';

export const STORIES_AUTHZ: Record<string, AuthzCase> = {
  stories: { doc: 'query($r: ID!) { stories(regionId: $r) { id title } }', vars: (i) => ({ r: i.regionId }) },
  story: { doc: `query { story(id: "${NO_SUCH_STORY}") { id } }`, docentCode: 'NOT_FOUND' },
  storyConsentsOfPerson: { doc: 'query($r: ID!) { storyConsentsOfPerson(regionId: $r, name: "Noah") { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  createStory: staffOnly(`mutation($r: ID!) { createStory(input: { regionId: $r, title: "T", lead: "L", body: ${BODY}, audience: [OUDERS] }) ${STORY} }`, (i) => ({ r: i.regionId })),
  updateStory: { doc: `mutation { updateStory(input: { id: "${NO_SUCH_STORY}", title: "T", lead: "L", body: ${BODY}, audience: [OUDERS] }) ${STORY} }`, docentCode: 'NOT_FOUND' },
  submitStory: { doc: `mutation { submitStory(id: "${NO_SUCH_STORY}") ${STORY} }`, docentCode: 'NOT_FOUND' },
  commentOnStory: { doc: `mutation { commentOnStory(id: "${NO_SUCH_STORY}", body: "x") { id } }`, docentCode: 'NOT_FOUND' },
  approveStory: { doc: `mutation { approveStory(id: "${NO_SUCH_STORY}") ${STORY} }`, docentCode: 'NOT_FOUND' },
  scheduleStory: { doc: `mutation { scheduleStory(id: "${NO_SUCH_STORY}", publishAt: "2099-01-01T08:00:00Z") ${STORY} }`, docentCode: 'NOT_FOUND' },
  publishStory: { doc: `mutation { publishStory(id: "${NO_SUCH_STORY}") ${STORY} }`, docentCode: 'NOT_FOUND' },
  unpublishStory: { doc: `mutation { unpublishStory(id: "${NO_SUCH_STORY}") ${STORY} }`, docentCode: 'NOT_FOUND' },
  addStoryPerson: { doc: `mutation { addStoryPerson(storyId: "${NO_SUCH_STORY}", input: { name: "A", isPupil: false }) { id } }`, docentCode: 'NOT_FOUND' },
  updateStoryPerson: { doc: `mutation { updateStoryPerson(id: "${NO_SUCH_STORY}", input: { name: "A", isPupil: false }) { id } }`, docentCode: 'NOT_FOUND' },
  removeStoryPerson: { doc: `mutation { removeStoryPerson(id: "${NO_SUCH_STORY}") }`, docentCode: 'NOT_FOUND' },
  recordStoryConsent: {
    doc: `mutation { recordStoryConsent(input: { storyPersonId: "${NO_SUCH_STORY}", givenByName: "A", relation: ZELF, scope: THIS_STORY }) { id } }`,
    docentCode: 'NOT_FOUND',
  },
  linkStoryConsent: { doc: `mutation { linkStoryConsent(storyPersonId: "${NO_SUCH_STORY}", consentId: "${NO_SUCH_STORY}") { id } }`, docentCode: 'NOT_FOUND' },
  withdrawStoryConsent: { doc: `mutation { withdrawStoryConsent(id: "${NO_SUCH_STORY}", reason: "x") { consent { id } } }`, docentCode: 'NOT_FOUND' },
  eraseStoryConsentsOfPerson: { doc: 'mutation($r: ID!) { eraseStoryConsentsOfPerson(regionId: $r, name: "Noah") }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  setStoryTranslation: { doc: `mutation { setStoryTranslation(input: { storyId: "${NO_SUCH_STORY}", language: "en", title: "T", lead: "L", body: ${BODY} }) { language } }`, docentCode: 'NOT_FOUND' },
  removeStoryTranslation: { doc: `mutation { removeStoryTranslation(storyId: "${NO_SUCH_STORY}", language: "en") }`, docentCode: 'NOT_FOUND' },
  newsletterSubscriptionsOf: { doc: 'query($r: ID!) { newsletterSubscriptionsOf(regionId: $r, email: "lezer@ouders.example") { id } }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  eraseNewsletterSubscriptionsOf: { doc: 'mutation($r: ID!) { eraseNewsletterSubscriptionsOf(regionId: $r, email: "lezer@ouders.example") }', vars: (i) => ({ r: i.regionId }), docentForbidden: true },
  updateStoryImage: { doc: `mutation { updateStoryImage(id: "${NO_SUCH_STORY}", alt: "Foto") { id } }`, docentCode: 'NOT_FOUND' },
  removeStoryImage: { doc: `mutation { removeStoryImage(id: "${NO_SUCH_STORY}") }`, docentCode: 'NOT_FOUND' },
};

const create = (input: string) => `mutation($r: ID!) { createStory(input: { regionId: $r, ${input} }) ${STORY} }`;

export const STORIES_BAD_INPUT: BadCase[] = [
  {
    mutation: 'createStory',
    doc: create('title: " ", lead: "", body: "<script>alert(1)</script>", audience: []'),
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('title'), expectField('lead'), expectField('body'), expectField('audience')] },
  },
  {
    mutation: 'createStory',
    doc: create('title: "Foto", lead: "L", body: "<p>Tekst</p><img src=\\"/verhalen/afbeeldingen/a.png\\">", audience: [OUDERS]'),
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('body')] },
  },
  { mutation: 'createStory', as: 'docent', doc: create(`title: "T", lead: "L", body: ${BODY}, audience: [OUDERS]`), vars: (i) => ({ r: i.regionId }), code: 'FORBIDDEN' },
  { mutation: 'createStory', as: 'verbinder', doc: create(`title: "T", lead: "L", body: ${BODY}, audience: [OUDERS]`), vars: (i) => ({ r: i.otherRegionId }), code: 'FORBIDDEN' },
  { mutation: 'updateStory', doc: `mutation { updateStory(input: { id: "${NO_SUCH_STORY}", title: "T", lead: "L", body: ${BODY}, audience: [OUDERS] }) ${STORY} }`, code: 'NOT_FOUND' },
  { mutation: 'submitStory', doc: `mutation { submitStory(id: "nope") ${STORY} }`, code: 'NOT_FOUND' },
  { mutation: 'commentOnStory', doc: `mutation { commentOnStory(id: "${NO_SUCH_STORY}", body: "x") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'approveStory', doc: `mutation { approveStory(id: "${NO_SUCH_STORY}") ${STORY} }`, code: 'NOT_FOUND' },
  {
    mutation: 'scheduleStory',
    doc: `mutation { scheduleStory(id: "${NO_SUCH_STORY}", publishAt: "2020-01-01T08:00:00Z") ${STORY} }`,
    code: 'BAD_USER_INPUT',
    extensions: { fields: [expectField('publishAt')] },
  },
  { mutation: 'publishStory', doc: `mutation { publishStory(id: "${NO_SUCH_STORY}") ${STORY} }`, code: 'NOT_FOUND' },
  { mutation: 'unpublishStory', doc: `mutation { unpublishStory(id: "${NO_SUCH_STORY}") ${STORY} }`, code: 'NOT_FOUND' },
  { mutation: 'addStoryPerson', doc: `mutation { addStoryPerson(storyId: "${NO_SUCH_STORY}", input: { name: "A", isPupil: false }) { id } }`, code: 'NOT_FOUND' },
  { mutation: 'updateStoryPerson', doc: `mutation { updateStoryPerson(id: "${NO_SUCH_STORY}", input: { name: "A", isPupil: false }) { id } }`, code: 'NOT_FOUND' },
  { mutation: 'removeStoryPerson', doc: `mutation { removeStoryPerson(id: "${NO_SUCH_STORY}") }`, code: 'NOT_FOUND' },
  {
    mutation: 'recordStoryConsent',
    doc: `mutation { recordStoryConsent(input: { storyPersonId: "${NO_SUCH_STORY}", givenByName: "A", relation: ZELF, scope: THIS_STORY }) { id } }`,
    code: 'NOT_FOUND',
  },
  { mutation: 'linkStoryConsent', doc: `mutation { linkStoryConsent(storyPersonId: "${NO_SUCH_STORY}", consentId: "${NO_SUCH_STORY}") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'withdrawStoryConsent', doc: `mutation { withdrawStoryConsent(id: "${NO_SUCH_STORY}", reason: "x") { consent { id } } }`, code: 'NOT_FOUND' },
  { mutation: 'eraseStoryConsentsOfPerson', doc: 'mutation($r: ID!) { eraseStoryConsentsOfPerson(regionId: $r, name: "  ") }', vars: (i) => ({ r: i.regionId }), code: 'BAD_USER_INPUT' },
  { mutation: 'eraseStoryConsentsOfPerson', as: 'verbinder', doc: 'mutation($r: ID!) { eraseStoryConsentsOfPerson(regionId: $r, name: "Noah") }', vars: (i) => ({ r: i.regionId }), code: 'FORBIDDEN' },
  {
    mutation: 'setStoryTranslation',
    doc: `mutation { setStoryTranslation(input: { storyId: "${NO_SUCH_STORY}", language: "en", title: "T", lead: "L", body: ${BODY} }) { language } }`,
    code: 'NOT_FOUND',
  },
  { mutation: 'removeStoryTranslation', doc: `mutation { removeStoryTranslation(storyId: "${NO_SUCH_STORY}", language: "en") }`, code: 'NOT_FOUND' },
  {
    mutation: 'eraseNewsletterSubscriptionsOf',
    doc: 'mutation($r: ID!) { eraseNewsletterSubscriptionsOf(regionId: $r, email: "geen-adres") }',
    vars: (i) => ({ r: i.regionId }),
    code: 'BAD_USER_INPUT',
    extensions: { fields: [{ field: 'email', message: 'Vul een geldig e-mailadres in.' }] },
  },
  {
    mutation: 'eraseNewsletterSubscriptionsOf',
    as: 'verbinder',
    doc: 'mutation($r: ID!) { eraseNewsletterSubscriptionsOf(regionId: $r, email: "lezer@ouders.example") }',
    vars: (i) => ({ r: i.regionId }),
    code: 'FORBIDDEN',
  },
  { mutation: 'updateStoryImage', doc: `mutation { updateStoryImage(id: "${NO_SUCH_STORY}", alt: "Foto") { id } }`, code: 'NOT_FOUND' },
  { mutation: 'updateStoryImage', doc: 'mutation { updateStoryImage(id: "nope", alt: "Foto") { id } }', code: 'NOT_FOUND' },
  { mutation: 'removeStoryImage', doc: `mutation { removeStoryImage(id: "${NO_SUCH_STORY}") }`, code: 'NOT_FOUND' },
];

export const STORIES_FINGERPRINT = `query($r: ID!) { stories(regionId: $r) { id status title lead body slug publishAt
  people { id name consent { id withdrawnAt } } translations { language title } images { id alt url } comments { id } revisions { id } history { id } } }`;

function expectField(field: string): Record<string, unknown> {
  return expect.objectContaining({ field }) as unknown as Record<string, unknown>;
}

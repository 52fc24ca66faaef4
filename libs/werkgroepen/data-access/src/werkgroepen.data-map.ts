// The data map of the werkgroepen domain (see @verbinder/platform/db data-map.ts).
import { classify, nonPersonal, personal, publicTask, Retention } from '@verbinder/platform/db';
import {
  curriculumItems,
  curriculumPairs,
  documentFolders,
  documents,
  documentVersions,
  draaiboekVersions,
  glossaryMeanings,
  glossaryTerms,
  werkgroepen,
  werkgroepMembers,
  werkgroepPostReactions,
  werkgroepPostRevisions,
  werkgroepPosts,
} from './werkgroepen.tables';

/** The werkgroep's shared history: it stays for the group; its authors are named in it. */
const GROUP_HISTORY: Retention = {
  rule: 'Zolang de werkgroep bestaat (ook gearchiveerd): het is de gedeelde geschiedenis van de groep. De auteur blijft genoemd.',
  enforcedBy: null,
};
const GROUP_WORK: Retention = { rule: 'Zolang de werkgroep bestaat.', enforcedBy: null };

export const werkgroepenDataMap = [
  classify('werkgroepen', werkgroepen, {
    purpose: 'Werkgroepen over scholen heen: doel, sector, ritme en gekoppelde actielijnen.',
    ...publicTask([], GROUP_WORK),
    columns: { ...nonPersonal('id', 'regionId', 'kind', 'name', 'description', 'sector', 'visibility', 'cadenceDays', 'cadenceNote', 'actielijnIds', 'archivedAt', 'createdAt', 'updatedAt') },
  }),
  classify('werkgroepen', werkgroepMembers, {
    purpose: 'Leden van een werkgroep, hun school en rol, en tot waar ze de stroom hebben gelezen.',
    ...publicTask(['staff'], { rule: 'Tot het lid de groep verlaat of wordt verwijderd; dan direct verwijderd.', enforcedBy: 'WerkgroepenService (lid verwijderen, groep verlaten)' }),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon is geen lid meer van een werkgroep.' },
    columns: { ...nonPersonal('werkgroepId'), ...personal('personId', 'schoolId', 'layer', 'role', 'lastReadAt', 'joinedAt') },
  }),
  classify('werkgroepen', werkgroepPosts, {
    purpose: 'De stroom van een werkgroep: berichten, antwoorden en vermeldingen.',
    ...publicTask(['staff'], GROUP_HISTORY),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De stroom van de werkgroep blijft; de auteur wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'werkgroepId', 'parentId'), ...personal('authorId', 'body', 'mentionIds', 'createdAt', 'editedAt', 'deletedAt', 'deletedById') },
  }),
  classify('werkgroepen', werkgroepPostRevisions, {
    purpose: 'Eerdere versies van een bewerkt of verwijderd bericht (voor moderatie).',
    ...publicTask(['staff'], GROUP_HISTORY),
    columns: { ...nonPersonal('id', 'postId', 'change'), ...personal('body', 'replacedAt', 'replacedById') },
  }),
  classify('werkgroepen', werkgroepPostReactions, {
    purpose: 'Reacties (emoji) op berichten.',
    ...publicTask(['staff'], GROUP_HISTORY),
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Reacties (emoji) van de persoon.' },
    columns: { ...nonPersonal('postId'), ...personal('personId', 'reaction', 'createdAt') },
  }),
  classify('werkgroepen', documentFolders, {
    purpose: 'Mappen voor de documenten van een werkgroep.',
    ...publicTask([], GROUP_WORK),
    columns: { ...nonPersonal('id', 'werkgroepId', 'parentId', 'name', 'createdAt') },
  }),
  classify('werkgroepen', documents, {
    purpose: 'Werkdocumenten van een werkgroep (ook gespiegeld naar het Teams-kanaal van de school), doorzoekbaar.',
    ...publicTask(['staff'], GROUP_HISTORY),
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'Documenten zijn van de werkgroep; wie ze maakte wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'werkgroepId', 'folderId', 'title', 'description', 'currentVersion', 'createdAt', 'updatedAt', 'deletedAt'), ...personal('contentText', 'search', 'createdById') },
  }),
  classify('werkgroepen', documentVersions, {
    purpose: 'Versies van een document: bestand, auteur en notitie.',
    ...publicTask(['staff'], GROUP_HISTORY),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Versies zijn van de werkgroep; de auteur wordt Oud-deelnemer.' },
    files: ['sha256'],
    columns: { ...nonPersonal('id', 'documentId', 'version', 'fileName', 'contentType', 'size', 'sha256'), ...personal('authorId', 'note', 'createdAt') },
  }),
  classify('werkgroepen', draaiboekVersions, {
    purpose: 'Het draaiboek van een werkgroep en zijn versies.',
    ...publicTask(['staff'], GROUP_HISTORY),
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Het draaiboek is van de werkgroep; de auteur wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'werkgroepId', 'version', 'body'), ...personal('authorId', 'note', 'createdAt') },
  }),
  classify('werkgroepen', curriculumItems, {
    purpose: 'Onderdelen van het vo- en mbo-programma (vakken, modules) om af te stemmen; geen gegevens van leerlingen.',
    ...publicTask([], GROUP_WORK),
    columns: { ...nonPersonal('id', 'werkgroepId', 'side', 'kind', 'code', 'title', 'description', 'schoolId', 'studyHours', 'createdAt') },
  }),
  classify('werkgroepen', curriculumPairs, {
    purpose: 'Vergelijking van vo- en mbo-onderdelen: overlap, besluit en eigenaar.',
    ...publicTask(['staff'], GROUP_WORK),
    subject: { personId: ['ownerId'] },
    erasure: { action: 'keep', reason: 'De doorlopende leerlijn is van de werkgroep; de eigenaar wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'werkgroepId', 'voItemId', 'mboItemId', 'relation', 'decision', 'hoursFreed', 'decidedAt', 'createdAt', 'updatedAt'), ...personal('ownerId', 'note') },
  }),
  classify('werkgroepen', glossaryTerms, {
    purpose: 'De Taalbrug: begrippen die vo en mbo verschillend gebruiken.',
    ...publicTask(['staff'], GROUP_WORK),
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'De taalbrug is van de regio; wie een term toevoegde wordt Oud-deelnemer.' },
    columns: { ...nonPersonal('id', 'regionId', 'werkgroepId', 'term', 'sharedMeaning', 'search', 'createdAt', 'updatedAt'), ...personal('createdById') },
  }),
  classify('werkgroepen', glossaryMeanings, {
    purpose: 'Betekenissen van een begrip per school of sector.',
    ...publicTask([], GROUP_WORK),
    columns: { ...nonPersonal('id', 'termId', 'schoolId', 'sector', 'meaning', 'createdAt') },
  }),
];

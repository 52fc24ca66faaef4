// The data map of the werkgroepen domain (see @verbinder/platform/db data-map.ts).
import { classify, Retention } from '@verbinder/platform/db';
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
    subjects: [],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    columns: {
      id: 'none', regionId: 'none', kind: 'none', name: 'none', description: 'none', sector: 'none', visibility: 'none', cadenceDays: 'none', cadenceNote: 'none',
      actielijnIds: 'none', archivedAt: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('werkgroepen', werkgroepMembers, {
    purpose: 'Leden van een werkgroep, hun school en rol, en tot waar ze de stroom hebben gelezen.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: { rule: 'Tot het lid de groep verlaat of wordt verwijderd; dan direct verwijderd.', enforcedBy: 'WerkgroepenService (lid verwijderen, groep verlaten)' },
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'De persoon is geen lid meer van een werkgroep.' },
    columns: { werkgroepId: 'none', personId: 'personal', schoolId: 'personal', layer: 'personal', role: 'personal', lastReadAt: 'personal', joinedAt: 'personal' },
  }),
  classify('werkgroepen', werkgroepPosts, {
    purpose: 'De stroom van een werkgroep: berichten, antwoorden en vermeldingen.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'De stroom van de werkgroep blijft; de auteur wordt Oud-deelnemer.' },
    columns: {
      id: 'none', werkgroepId: 'none', parentId: 'none', authorId: 'personal', body: 'personal', mentionIds: 'personal', createdAt: 'personal', editedAt: 'personal',
      deletedAt: 'personal', deletedById: 'personal',
    },
  }),
  classify('werkgroepen', werkgroepPostRevisions, {
    purpose: 'Eerdere versies van een bewerkt of verwijderd bericht (voor moderatie).',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    columns: { id: 'none', postId: 'none', body: 'personal', replacedAt: 'personal', replacedById: 'personal', change: 'none' },
  }),
  classify('werkgroepen', werkgroepPostReactions, {
    purpose: 'Reacties (emoji) op berichten.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    subject: { personId: ['personId'] },
    erasure: { action: 'delete', reason: 'Reacties (emoji) van de persoon.' },
    columns: { postId: 'none', personId: 'personal', reaction: 'personal', createdAt: 'personal' },
  }),
  classify('werkgroepen', documentFolders, {
    purpose: 'Mappen voor de documenten van een werkgroep.',
    subjects: [],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    columns: { id: 'none', werkgroepId: 'none', parentId: 'none', name: 'none', createdAt: 'none' },
  }),
  classify('werkgroepen', documents, {
    purpose: 'Werkdocumenten van een werkgroep (ook gespiegeld naar het Teams-kanaal van de school), doorzoekbaar.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'Documenten zijn van de werkgroep; wie ze maakte wordt Oud-deelnemer.' },
    columns: {
      id: 'none', werkgroepId: 'none', folderId: 'none', title: 'none', description: 'none', contentText: 'personal', search: 'personal', currentVersion: 'none',
      createdById: 'personal', createdAt: 'none', updatedAt: 'none', deletedAt: 'none',
    },
  }),
  classify('werkgroepen', documentVersions, {
    purpose: 'Versies van een document: bestand, auteur en notitie.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Versies zijn van de werkgroep; de auteur wordt Oud-deelnemer.' },
    files: ['sha256'],
    columns: { id: 'none', documentId: 'none', version: 'none', fileName: 'none', contentType: 'none', size: 'none', sha256: 'none', authorId: 'personal', note: 'personal', createdAt: 'personal' },
  }),
  classify('werkgroepen', draaiboekVersions, {
    purpose: 'Het draaiboek van een werkgroep en zijn versies.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_HISTORY,
    subject: { personId: ['authorId'] },
    erasure: { action: 'keep', reason: 'Het draaiboek is van de werkgroep; de auteur wordt Oud-deelnemer.' },
    columns: { id: 'none', werkgroepId: 'none', version: 'none', body: 'none', authorId: 'personal', note: 'personal', createdAt: 'personal' },
  }),
  classify('werkgroepen', curriculumItems, {
    purpose: 'Onderdelen van het vo- en mbo-programma (vakken, modules) om af te stemmen; geen gegevens van leerlingen.',
    subjects: [],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    columns: {
      id: 'none', werkgroepId: 'none', side: 'none', kind: 'none', code: 'none', title: 'none', description: 'none', schoolId: 'none', studyHours: 'none', createdAt: 'none',
    },
  }),
  classify('werkgroepen', curriculumPairs, {
    purpose: 'Vergelijking van vo- en mbo-onderdelen: overlap, besluit en eigenaar.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    subject: { personId: ['ownerId'] },
    erasure: { action: 'keep', reason: 'De doorlopende leerlijn is van de werkgroep; de eigenaar wordt Oud-deelnemer.' },
    columns: {
      id: 'none', werkgroepId: 'none', voItemId: 'none', mboItemId: 'none', relation: 'none', decision: 'none', ownerId: 'personal', hoursFreed: 'none', note: 'personal',
      decidedAt: 'none', createdAt: 'none', updatedAt: 'none',
    },
  }),
  classify('werkgroepen', glossaryTerms, {
    purpose: 'De Taalbrug: begrippen die vo en mbo verschillend gebruiken.',
    subjects: ['staff'],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    subject: { personId: ['createdById'] },
    erasure: { action: 'keep', reason: 'De taalbrug is van de regio; wie een term toevoegde wordt Oud-deelnemer.' },
    columns: { id: 'none', regionId: 'none', werkgroepId: 'none', term: 'none', sharedMeaning: 'none', search: 'none', createdById: 'personal', createdAt: 'none', updatedAt: 'none' },
  }),
  classify('werkgroepen', glossaryMeanings, {
    purpose: 'Betekenissen van een begrip per school of sector.',
    subjects: [],
    legalBasis: 'public-task',
    retention: GROUP_WORK,
    columns: { id: 'none', termId: 'none', schoolId: 'none', sector: 'none', meaning: 'none', createdAt: 'none' },
  }),
];

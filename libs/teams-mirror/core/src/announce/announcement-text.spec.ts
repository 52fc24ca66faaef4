import { ANNOUNCEMENT_MAX_LISTED, announcementMessage, webhookUrlProblem } from './announcement-text';

const doc = (n: number, deleted = false) => ({ documentId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Document ${n}`, deleted });

describe('announcementMessage', () => {
  const base = { werkgroepId: 'w1', werkgroepName: 'Engels', publicUrl: 'https://verbinder.example/' };

  it('names the count and group, and links every document in Verbinder', () => {
    const message = announcementMessage({ ...base, documents: [doc(1), doc(2), doc(3)] });
    expect(message).toEqual({
      title: '3 nieuwe documenten in werkgroep Engels',
      intro: null,
      items: [1, 2, 3].map((n) => ({ title: `Document ${n}`, url: `https://verbinder.example/werkgroep/w1/documenten?document=${doc(n).documentId}` })),
      moreUrl: 'https://verbinder.example/werkgroep/w1/documenten',
    });
  });

  it('uses the singular for one document and leaves deleted documents out', () => {
    expect(announcementMessage({ ...base, documents: [doc(1, true), doc(2)] })?.title).toBe('1 nieuw document in werkgroep Engels');
    expect(announcementMessage({ ...base, documents: [doc(1, true)] })).toBeNull();
    expect(announcementMessage({ ...base, documents: [] })).toBeNull();
  });

  it('lists at most ANNOUNCEMENT_MAX_LISTED documents and counts the rest', () => {
    const documents = Array.from({ length: ANNOUNCEMENT_MAX_LISTED + 4 }, (_, i) => doc(i + 1));
    const message = announcementMessage({ ...base, documents });
    expect(message?.title).toBe(`${ANNOUNCEMENT_MAX_LISTED + 4} nieuwe documenten in werkgroep Engels`);
    expect(message?.items).toHaveLength(ANNOUNCEMENT_MAX_LISTED);
    expect(message?.intro).toBe(`De eerste ${ANNOUNCEMENT_MAX_LISTED} staan hieronder, en nog 4 andere in Verbinder.`);
  });
});

describe('webhookUrlProblem', () => {
  it('accepts a Workflows address', () => {
    const url = 'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=xyz';
    expect(webhookUrlProblem(url, 2000)).toBeNull();
  });

  it.each([
    ['http://example.org/hook', 'Het webhookadres moet een volledig adres zijn dat begint met https://'],
    ['example.org/hook', 'Het webhookadres moet een volledig adres zijn dat begint met https://'],
    ['https://example.org/a b', 'Het webhookadres mag geen spaties bevatten.'],
    ['https://me:secret@example.org/hook', 'Het webhookadres mag geen gebruikersnaam of wachtwoord bevatten.'],
    [`https://example.org/${'x'.repeat(30)}`, 'Het webhookadres mag hoogstens 40 tekens hebben.'],
  ])('refuses %s', (url, problem) => {
    expect(webhookUrlProblem(url, 40)).toBe(problem);
  });
});

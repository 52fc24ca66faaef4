// What a person sees after `npm start` at a terminal (LOG_FORMAT=auto picks `pretty` on a TTY;
// here it is set, as a test's stdout is a pipe): first of all one line with the URL and how to
// sign in as a demo persona, then readable lines, no JSON and no Nest route table. A pipe without
// LOG_FORMAT keeps JSON lines (production, log shippers).
import { ApiHandle, startApi } from '../support/api-process';

/** The process's own lines: without Node's process warnings on stderr ("(node:123) DeprecationWarning: …"). */
const ownLines = (logs: string) => logs.split('\n').filter((line) => line.trim() !== '' && !/^\(node:\d+\) |^\(Use `node --trace-/.test(line));

describe('readable logs at a terminal', () => {
  let api: ApiHandle | undefined;
  afterEach(async () => {
    await api?.stop();
    api = undefined;
  });

  it('starts with the welcome line (URL and demo sign-in) and writes readable lines after it', async () => {
    api = await startApi({ env: { LOG_FORMAT: 'pretty' } });
    await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    const lines = ownLines(api.logs());
    expect(lines[0]).toBe(`Verbinder draait op ${api.url} — meld je aan met een demopersoon op de aanmeldpagina, of met sanne.devries@example.org / demo-wachtwoord (verbinder).`);
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(api.logs()).not.toContain('Mapped {');
  }, 180_000);

  it('keeps JSON lines when no format is chosen and the output is not a terminal', async () => {
    api = await startApi();
    const lines = ownLines(api.logs());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(api.logs()).not.toContain('Verbinder draait op');
  }, 180_000);
});

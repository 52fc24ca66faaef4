import { JsonLogger, prettyLine } from './logger';

function capture(run: () => void): { out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    run();
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return { out: out.join(''), err: err.join('') };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line by default, Nest start-up lines included (the route table is read from them)', () => {
    const { out } = capture(() => new JsonLogger('info', { service: 'verbinder-api' }).log('Mapped {/healthz, GET} route', 'RouterExplorer'));
    expect(JSON.parse(out)).toMatchObject({ level: 'info', msg: 'Mapped {/healthz, GET} route', service: 'verbinder-api', context: 'RouterExplorer' });
  });

  it('writes readable lines in the pretty format, without service/pid, and keeps Nest start-up chatter at debug', () => {
    const logger = new JsonLogger('info', { service: 'verbinder-api', pid: 12 }, { format: 'pretty' });
    const { out, err } = capture(() => {
      logger.info('verbinder is listening', { url: 'http://127.0.0.1:3000', demoMode: true, note: 'twee woorden' });
      logger.log('Mapped {/healthz, GET} route', 'RouterExplorer');
      logger.warn('schijf bijna vol', { freeMb: 90 });
    });
    expect(out).toMatch(/^\d{2}:\d{2}:\d{2} INFO {2}verbinder is listening {2}url=http:\/\/127\.0\.0\.1:3000 demoMode=true note="twee woorden"\n$/);
    expect(out).not.toContain('Mapped');
    expect(out).not.toContain('pid');
    expect(err).toMatch(/WARN {2}schijf bijna vol {2}freeMb=90\n$/);
  });

  it('redacts in the pretty format as in JSON', () => {
    const { out } = capture(() => new JsonLogger('info', {}, { format: 'pretty' }).info('query failed', { parameters: ['jan@example.org'] }));
    expect(out).not.toContain('jan@example.org');
  });

  it('changes the level of a logger and all its children at once (quiet until listening)', () => {
    const root = new JsonLogger('info', {}, { format: 'pretty' });
    const child = root.child({ component: 'outbox' });
    root.setLevel('warn');
    expect(capture(() => child.info('stil')).out).toBe('');
    root.setLevel('info');
    expect(capture(() => child.info('weer hoorbaar')).out).toContain('weer hoorbaar');
  });

  it('colours the level only when asked (a terminal)', () => {
    expect(prettyLine('error', 'kapot', {}, true)).toContain('\x1b[31mERROR');
    expect(prettyLine('error', 'kapot', {}, false)).not.toContain('\x1b[');
  });
});

import { StrictnessLedger, TimedRequest, uploadSessionBodyProblem } from './strictness';

const request = (arrivedMs: number, over: Partial<TimedRequest> = {}): TimedRequest => ({
  method: 'PUT',
  path: '/v1.0/drives/d1/items/x',
  status: 200,
  kind: 'graph',
  tenantId: 't1',
  driveId: 'd1',
  arrivedMs,
  ...over,
});

describe('StrictnessLedger', () => {
  it('counts a request of the tenant that arrives after a 429 was sent and before Retry-After has passed', () => {
    const ledger = new StrictnessLedger();
    ledger.throttled('t1', 1, 429, 1_000);
    const found = ledger.violations([
      request(900), // under way before the 429 was sent: not held against the app
      request(1_010), // arrived while the answer was still on its way
      request(1_400),
      request(1_500, { tenantId: 't2', driveId: 'd2' }), // another tenant
      request(2_000), // the window has passed
      request(1_600, { kind: 'token' }), // the token service is not Graph
    ]).retryAfter;
    expect(found).toEqual([{ method: 'PUT', path: '/v1.0/drives/d1/items/x', tenantId: 't1', afterMs: 400, earlyByMs: 600 }]);
  });

  it('counts every request that makes a sliding 1-second window of one drive hold more than 4', () => {
    const ledger = new StrictnessLedger();
    const spaced = [0, 250, 500, 750, 1_000, 1_250].map((at) => request(at));
    expect(ledger.violations(spaced)).toMatchObject({ channelRate: [], busiestSecond: 4 });
    const tight = [0, 200, 400, 600, 800, 1_300].map((at) => request(at));
    const { channelRate, busiestSecond } = ledger.violations(tight);
    expect(busiestSecond).toBe(5);
    expect(channelRate).toHaveLength(1);
    expect(channelRate[0]).toMatchObject({ driveId: 'd1', requestsInSecond: 5 });
    // Two drives never add up.
    const twoDrives = [0, 100, 200, 300, 400, 500].map((at, i) => request(at, { driveId: i % 2 ? 'd1' : 'd2' }));
    expect(ledger.violations(twoDrives).channelRate).toEqual([]);
  });
});

describe('uploadSessionBodyProblem', () => {
  it('accepts the documented body: item with driveItemUploadableProperties, optional deferCommit false', () => {
    expect(uploadSessionBodyProblem({ item: { '@microsoft.graph.conflictBehavior': 'fail' } })).toBeNull();
    expect(uploadSessionBodyProblem({ item: { '@odata.type': 'microsoft.graph.driveItemUploadableProperties', name: 'a.pdf', description: 'x' }, deferCommit: false })).toBeNull();
    expect(uploadSessionBodyProblem({})).toBeNull();
  });

  it('refuses a top-level fileSize, unknown item properties and a malformed deferCommit', () => {
    expect(uploadSessionBodyProblem({ item: {}, fileSize: 10 })).toMatch(/Unknown parameter 'fileSize'/);
    expect(uploadSessionBodyProblem({ item: { size: 10 } })).toMatch(/Unknown property 'size'/);
    expect(uploadSessionBodyProblem({ item: [] })).toMatch(/must be an object/);
    expect(uploadSessionBodyProblem({ deferCommit: 'yes' })).toMatch(/boolean/);
  });
});

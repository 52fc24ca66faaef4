/**
 * A fake Microsoft Graph + Entra ID token service for the Teams mirror: HTTPS with a generated
 * certificate, a token endpoint that ClientSecretCredential (authorityHost + disableInstanceDiscovery)
 * accepts, and the drive endpoints the mirror uses, enforcing the documented rules (see
 * docs/teams-mirror.md and ../shared/design/microsoft-graph.md).
 *
 * Everything is in memory. Tests start it in-process (`startTeamsFake()`); `npm run dev:teams-fake`
 * runs it standalone (tools/teams-fake/main.ts). `/_fake/...` is the control API.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, Server } from 'node:https';
import { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { StrictnessLedger, Violations, uploadSessionBodyProblem } from './strictness';
import { WebhookReceiver } from './webhook-receiver';

export const FAKE_CLIENT_ID = '00000000-0000-4000-8000-00000000f4c3';
export const FAKE_CLIENT_SECRET = 'fake-teams-secret';
const UNIT = 320 * 1024;
const MAX_FRAGMENT = 60 * 1024 * 1024;

export interface TeamsFakeOptions {
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of issued access tokens (default 3600 s); the fake rejects them afterwards. */
  tokenLifetimeSeconds?: number;
  /** Simple upload limit (default 4 MiB: the limit of the older docs and the SDKs' switch-over). */
  simpleUploadLimitBytes?: number;
  /** Upload session lifetime, extended by every accepted range (default 15 min). */
  uploadSessionLifetimeSeconds?: number;
  deltaPageSize?: number;
  /** Seed for rate-based fault injection, so runs repeat. */
  seed?: number;
  /** Print one line per request to stdout (standalone mode). */
  logRequests?: boolean;
}

export interface FaultRule {
  id: string;
  status: number;
  /** Retry-After in seconds; null sends none. */
  retryAfterSeconds: number | null;
  /** Answer this many matching requests with the fault, then stop (null = unlimited). */
  remaining: number | null;
  /** Probability (0..1) that a matching request gets the fault (null = always while `remaining`). */
  rate: number | null;
  method: string | null;
  pathIncludes: string | null;
  tenantId: string | null;
  hits: number;
}

export type FaultInput = Partial<Omit<FaultRule, 'id' | 'hits'>> & { status: number; count?: number };

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  authorization: boolean;
  kind: 'token' | 'discovery' | 'graph' | 'upload' | 'webhook' | 'download' | 'control' | 'other';
  tenantId: string | null;
  contentRange: string | null;
  /** Which issued access token the request carried (`t1`, `t2` … in issue order): tells API nodes apart. */
  token: string | null;
  /** The client went away while the fake held the request (see `holdUploadRanges`): nothing was applied. */
  aborted?: boolean;
  /** The channel drive the request touched (Graph `/drives/{d}`, filesFolder, upload and download URLs). */
  driveId?: string | null;
  /** When its headers arrived (ms, this process's monotonic clock): see strictness.ts. */
  arrivedMs?: number;
}

/** A file the app created (not a replace): the fake counts them to prove "exactly once". */
export interface FileCreation {
  driveId: string;
  parentId: string;
  name: string;
  itemId: string;
  /** The request's token (see RequestLogEntry.token). */
  token: string | null;
  at: string;
}

/**
 * Which Graph application permissions the tenant's admin consented to for the app.
 * `all`: Files.ReadWrite.All + Sites.ReadWrite.All (+ Channel.ReadBasic.All): every site.
 * `selected`: Sites.Selected + Channel.ReadBasic.All: only the sites in `siteGrants` (see `siteAccess`).
 */
export type FakePermissionModel = 'all' | 'selected';

/** A per-site grant (`POST /sites/{id}/permissions`): `read` allows GET only; `write`, `owner`, `fullcontrol` everything. */
export type FakeSiteRole = 'read' | 'write' | 'owner' | 'fullcontrol';

interface Tenant {
  id: string;
  displayName: string;
  consent: boolean;
  tokenLifetimeSeconds: number | null;
  permissionModel: FakePermissionModel;
  /** siteId → the roles granted to the app on it (only consulted under `selected`). */
  siteGrants: Map<string, FakeSiteRole[]>;
}

interface Channel {
  id: string;
  displayName: string;
  provisioned: boolean;
  provisionAfterCalls: number | null;
  filesFolderCalls: number;
  folderId: string | null;
}

interface Team {
  id: string;
  tenantId: string;
  displayName: string;
  /** The team's SharePoint site (`{host},{site-guid},{web-guid}`, as Graph spells site ids). */
  siteId: string;
  driveId: string;
  channels: Map<string, Channel>;
}

interface Item {
  id: string;
  name: string;
  parentId: string | null;
  folder: boolean;
  content: Buffer;
  version: number;
  contentVersion: number;
  createdAt: number;
  modifiedAt: number;
  modifiedBy: { kind: 'user' | 'application'; displayName: string };
  deleted: boolean;
  changedSeq: number;
}

interface Drive {
  id: string;
  tenantId: string;
  teamId: string;
  rootId: string;
  items: Map<string, Item>;
  seq: number;
  oldestValidSeq: number;
}

interface UploadSession {
  id: string;
  tenantId: string;
  driveId: string;
  parentId: string;
  name: string;
  conflict: Conflict;
  ifMatch: string | null;
  fileSize: number | null;
  chunks: Buffer[];
  /** Token label of the request that created the session. */
  token: string | null;
  received: number;
  expiresAt: number;
}

interface IssuedToken {
  /** `t1`, `t2` … in issue order. */
  label: string;
  tenantId: string;
  expiresAt: number;
  invalidated: boolean;
}

type Conflict = 'fail' | 'replace' | 'rename';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const newId = (): string => `01${randomBytes(16).toString('hex').toUpperCase().slice(0, 32)}`;

export class TeamsFake {
  url = '';
  /** PEM of the self-signed certificate: trust it with `ca` (or NODE_EXTRA_CA_CERTS). */
  ca = '';
  readonly clientId: string;
  readonly clientSecret: string;
  secretExpired = false;
  tokenLifetimeSeconds: number;
  simpleUploadLimitBytes: number;
  uploadSessionLifetimeSeconds: number;
  deltaPageSize: number;
  /** Added to Date.now(): lets tests expire tokens and sessions without waiting. */
  clockOffsetMs = 0;

  readonly tenants = new Map<string, Tenant>();
  readonly teams = new Map<string, Team>();
  readonly drives = new Map<string, Drive>();
  readonly sessions = new Map<string, UploadSession>();
  readonly tokens = new Map<string, IssuedToken>();
  /** Pre-authenticated download URLs handed out by `GET …/items/{id}/content` (302 Location). */
  readonly downloads = new Map<string, { tenantId: string; driveId: string; content: Buffer; expiresAt: number }>();
  /** Retry-After windows sent, for counting requests inside them (strictness.ts). */
  readonly strictness = new StrictnessLedger();
  faults: FaultRule[] = [];
  requests: RequestLogEntry[] = [];
  /** Teams Workflows webhooks for announcements (webhook-receiver.ts). */
  readonly webhooks = new WebhookReceiver();
  /** Every file the app created, in order (replacing an existing file is not a creation). */
  creations: FileCreation[] = [];

  private issued = 0;
  private currentToken: string | null = null;
  private hold: { afterRanges: number; accepted: number; held: Array<() => void>; onHeld: Array<() => void> } | null = null;

  private server: Server | null = null;
  private random: () => number;

  constructor(private readonly options: TeamsFakeOptions = {}) {
    this.clientId = options.clientId ?? FAKE_CLIENT_ID;
    this.clientSecret = options.clientSecret ?? FAKE_CLIENT_SECRET;
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    this.simpleUploadLimitBytes = options.simpleUploadLimitBytes ?? 4 * 1024 * 1024;
    this.uploadSessionLifetimeSeconds = options.uploadSessionLifetimeSeconds ?? 15 * 60;
    this.deltaPageSize = options.deltaPageSize ?? 50;
    this.random = mulberry32(options.seed ?? 5);
  }

  get graphBaseUrl(): string {
    return `${this.url}/v1.0`;
  }

  /** A new Workflows webhook on this fake (for a link's announcements): its full URL and id. */
  createWebhook(hookId?: string): { hookId: string; url: string } {
    const hook = this.webhooks.create(hookId);
    return { hookId: hook.hookId, url: `${this.url}${hook.path}` };
  }

  /** What an app needs to talk to this fake (ms-graph adapter options). */
  get connection(): { authorityHost: string; graphBaseUrl: string; clientId: string; clientSecret: string; ca: string } {
    return { authorityHost: this.url, graphBaseUrl: this.graphBaseUrl, clientId: this.clientId, clientSecret: this.clientSecret, ca: this.ca };
  }

  async start(): Promise<this> {
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    this.ca = pems.cert;
    const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      void this.handle(req, res);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    this.url = `https://localhost:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  // ---------------------------------------------------------------- control (also over /_fake)

  reset(): void {
    this.tenants.clear();
    this.teams.clear();
    this.drives.clear();
    this.sessions.clear();
    this.tokens.clear();
    this.downloads.clear();
    this.faults = [];
    this.requests = [];
    this.strictness.reset();
    this.webhooks.clear();
    this.creations = [];
    this.releaseUploads();
    this.secretExpired = false;
    this.clockOffsetMs = 0;
  }

  createTenant(input: { tenantId?: string; displayName?: string; consent?: boolean; tokenLifetimeSeconds?: number; permissionModel?: FakePermissionModel } = {}): Tenant {
    const tenant: Tenant = {
      id: input.tenantId ?? randomUUID(),
      displayName: input.displayName ?? 'School',
      consent: input.consent ?? true,
      tokenLifetimeSeconds: input.tokenLifetimeSeconds ?? null,
      permissionModel: input.permissionModel ?? 'all',
      siteGrants: new Map(),
    };
    this.tenants.set(tenant.id, tenant);
    return tenant;
  }

  createTeam(input: { tenantId: string; teamId?: string; displayName?: string }): { id: string; driveId: string; siteId: string } {
    this.mustTenant(input.tenantId);
    const driveId = `b!${randomBytes(24).toString('base64url')}`;
    const rootId = newId();
    const siteId = `school.sharepoint.com,${randomUUID()},${randomUUID()}`;
    const team: Team = { id: input.teamId ?? randomUUID(), tenantId: input.tenantId, displayName: input.displayName ?? 'Team', siteId, driveId, channels: new Map() };
    const drive: Drive = { id: driveId, tenantId: input.tenantId, teamId: team.id, rootId, items: new Map(), seq: 0, oldestValidSeq: 0 };
    drive.items.set(rootId, this.newItem(drive, { id: rootId, name: 'root', parentId: null, folder: true }));
    this.teams.set(team.id, team);
    this.drives.set(driveId, drive);
    return { id: team.id, driveId, siteId };
  }

  /** What the tenant's admin consented to: tenant-wide `all`, or `selected` (per-site grants). */
  setPermissionModel(tenantId: string, model: FakePermissionModel): void {
    this.mustTenant(tenantId).permissionModel = model;
  }

  /**
   * Grants the app roles on a team's site, as `POST /sites/{site-id}/permissions` with
   * `grantedToIdentities: [{application: {id: clientId}}]` does; an empty list removes the grant
   * (`DELETE /sites/{site-id}/permissions/{id}`). Takes effect on the next request.
   */
  grantSite(teamId: string, roles: FakeSiteRole[] = ['write']): { siteId: string; roles: FakeSiteRole[] } {
    const team = this.mustTeam(teamId);
    const grants = this.mustTenant(team.tenantId).siteGrants;
    if (roles.length === 0) grants.delete(team.siteId);
    else grants.set(team.siteId, roles);
    return { siteId: team.siteId, roles };
  }

  /** A channel whose files folder exists at once, after N filesFolder calls, or only after `provision()`. */
  createChannel(input: { teamId: string; channelId?: string; displayName?: string; provisioned?: boolean; provisionAfterCalls?: number }): Channel {
    const team = this.mustTeam(input.teamId);
    const channel: Channel = {
      id: input.channelId ?? `19:${randomBytes(16).toString('hex')}@thread.tacv2`,
      displayName: input.displayName ?? 'Algemeen',
      provisioned: false,
      provisionAfterCalls: input.provisionAfterCalls ?? null,
      filesFolderCalls: 0,
      folderId: null,
    };
    team.channels.set(channel.id, channel);
    if (input.provisioned ?? true) this.provision(team.id, channel.id);
    return channel;
  }

  /** Creates the channel's folder, as opening the Files tab does. */
  provision(teamId: string, channelId: string): { driveId: string; folderId: string } {
    const team = this.mustTeam(teamId);
    const channel = team.channels.get(channelId);
    if (!channel) throw new HttpError(404, 'itemNotFound', 'Channel not found');
    const drive = this.mustDrive(team.driveId);
    if (!channel.folderId) {
      const folder = this.newItem(drive, { name: channel.displayName, parentId: drive.rootId, folder: true });
      drive.items.set(folder.id, folder);
      channel.folderId = folder.id;
    }
    channel.provisioned = true;
    return { driveId: drive.id, folderId: channel.folderId };
  }

  setConsent(tenantId: string, granted: boolean, invalidateTokens = true): void {
    this.mustTenant(tenantId).consent = granted;
    if (!granted && invalidateTokens) this.expireTokens(tenantId);
  }

  /** Server-side expiry of every token issued to the tenant (the next Graph call answers 401). */
  expireTokens(tenantId?: string): void {
    for (const token of this.tokens.values()) if (!tenantId || token.tenantId === tenantId) token.invalidated = true;
  }

  addFault(input: FaultInput): FaultRule {
    const rule: FaultRule = {
      id: randomUUID(),
      status: input.status,
      retryAfterSeconds: input.retryAfterSeconds === undefined ? (input.status === 429 || input.status === 503 ? 1 : null) : input.retryAfterSeconds,
      remaining: input.count ?? input.remaining ?? null,
      rate: input.rate ?? null,
      method: input.method ?? null,
      pathIncludes: input.pathIncludes ?? null,
      tenantId: input.tenantId ?? null,
      hits: 0,
    };
    this.faults.push(rule);
    return rule;
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** A person edits a file in Teams: new content and/or name, a new eTag, visible in delta. */
  userEdit(driveId: string, itemId: string, change: { content?: Buffer; name?: string; by?: string }): Item {
    const drive = this.mustDrive(driveId);
    const item = this.mustItem(drive, itemId);
    if (change.name !== undefined) item.name = change.name;
    if (change.content !== undefined) {
      item.content = change.content;
      item.contentVersion += 1;
    }
    this.touch(drive, item, { kind: 'user', displayName: change.by ?? 'Docent in Teams' });
    return item;
  }

  /** A person deletes a file in Teams. */
  userDelete(driveId: string, itemId: string, by = 'Docent in Teams'): void {
    const drive = this.mustDrive(driveId);
    const item = this.mustItem(drive, itemId);
    this.removeTree(drive, item, { kind: 'user', displayName: by });
  }

  /** A person uploads a new file in Teams. */
  userUpload(driveId: string, parentId: string, name: string, content: Buffer, by = 'Docent in Teams'): Item {
    const drive = this.mustDrive(driveId);
    const item = this.newItem(drive, { name, parentId, folder: false, content, by: { kind: 'user', displayName: by } });
    drive.items.set(item.id, item);
    return item;
  }

  expireDeltaTokens(driveId: string): void {
    const drive = this.mustDrive(driveId);
    drive.oldestValidSeq = drive.seq;
  }

  expireUploadSessions(): void {
    for (const session of this.sessions.values()) session.expiresAt = 0;
  }

  /** Live items below a folder, for assertions ("exactly one file"). */
  children(driveId: string, parentId: string): Array<{ id: string; name: string; size: number; folder: boolean; eTag: string }> {
    const drive = this.mustDrive(driveId);
    return [...drive.items.values()]
      .filter((item) => !item.deleted && item.parentId === parentId)
      .map((item) => ({ id: item.id, name: item.name, size: item.content.length, folder: item.folder, eTag: this.eTag(item) }));
  }

  content(driveId: string, itemId: string): Buffer {
    return this.mustItem(this.mustDrive(driveId), itemId).content;
  }

  /**
   * From now on, answer range PUTs only until `afterRanges` more were accepted; later ones are
   * held open (the bytes received, nothing applied) until `releaseUploads()`. A held request
   * whose client goes away (a killed API) is dropped: the session never saw that range.
   */
  holdUploadRanges(afterRanges: number): void {
    this.releaseUploads();
    this.hold = { afterRanges, accepted: 0, held: [], onHeld: [] };
  }

  /** Resolves once a range PUT is being held. */
  uploadHeld(): Promise<void> {
    const hold = this.hold;
    if (!hold) return Promise.reject(new Error('no hold: call holdUploadRanges first'));
    if (hold.held.length > 0) return Promise.resolve();
    return new Promise((resolve) => hold.onHeld.push(resolve));
  }

  /** Stops holding; held requests go on as if nothing happened. */
  releaseUploads(): void {
    const hold = this.hold;
    this.hold = null;
    hold?.held.splice(0).forEach((release) => release());
  }

  /** How many files the app created with this name (replacing a file is no creation). */
  creationsNamed(name: string): number {
    return this.creations.filter((c) => c.name === name).length;
  }

  /**
   * Requests inside a Retry-After window of their tenant and seconds with more than 4 requests
   * to one channel drive, over the request log (see strictness.ts).
   */
  violations(): Violations {
    return this.strictness.violations(this.requests);
  }

  requestLog(filter: Partial<Pick<RequestLogEntry, 'kind' | 'method' | 'status'>> & { pathIncludes?: string } = {}): RequestLogEntry[] {
    return this.requests.filter(
      (entry) =>
        (filter.kind === undefined || entry.kind === filter.kind) &&
        (filter.method === undefined || entry.method === filter.method) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.pathIncludes === undefined || entry.path.includes(filter.pathIncludes)),
    );
  }

  state(): unknown {
    return {
      url: this.url,
      graphBaseUrl: this.graphBaseUrl,
      clientId: this.clientId,
      secretExpired: this.secretExpired,
      tenants: [...this.tenants.values()].map((tenant) => ({ ...tenant, siteGrants: Object.fromEntries(tenant.siteGrants) })),
      teams: [...this.teams.values()].map((team) => ({
        id: team.id,
        tenantId: team.tenantId,
        displayName: team.displayName,
        driveId: team.driveId,
        channels: [...team.channels.values()],
      })),
      drives: [...this.drives.values()].map((drive) => ({
        id: drive.id,
        tenantId: drive.tenantId,
        rootId: drive.rootId,
        seq: drive.seq,
        items: [...drive.items.values()].map((item) => ({
          id: item.id,
          name: item.name,
          parentId: item.parentId,
          folder: item.folder,
          size: item.content.length,
          sha256: item.folder ? null : createHash('sha256').update(item.content).digest('hex'),
          eTag: this.eTag(item),
          deleted: item.deleted,
          modifiedBy: item.modifiedBy,
        })),
      })),
      uploadSessions: [...this.sessions.values()].map((s) => ({ id: s.id, name: s.name, received: s.received, fileSize: s.fileSize, expiresAt: new Date(s.expiresAt).toISOString() })),
      faults: this.faults,
      tokens: this.tokens.size,
    };
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://localhost');
    const entry: RequestLogEntry = {
      at: new Date().toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      status: 0,
      authorization: typeof req.headers.authorization === 'string',
      kind: 'other',
      tenantId: null,
      contentRange: typeof req.headers['content-range'] === 'string' ? req.headers['content-range'] : null,
      token: null,
      arrivedMs: performance.now(),
    };
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      entry.status = status;
      this.requests.push(entry);
      if (this.options.logRequests) console.log(`${entry.method} ${entry.path} → ${status}`);
      if (body === undefined || status === 204) {
        res.writeHead(status, headers);
        res.end();
      } else if (Buffer.isBuffer(body)) {
        res.writeHead(status, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length), ...headers });
        res.end(body);
      } else {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(json)), ...headers });
        res.end(json);
      }
    };
    try {
      const body = await readBody(req);
      if (!(await this.held(req, res, url))) {
        entry.status = 0;
        entry.kind = 'upload';
        entry.aborted = true;
        this.requests.push(entry);
        return;
      }
      const result = await this.route(req, url, body, entry);
      if (this.hold && entry.kind === 'upload' && entry.method === 'PUT' && result.status < 300) this.hold.accepted += 1;
      send(result.status, result.body, result.headers);
    } catch (error) {
      if (error instanceof HttpError) {
        const body =
          entry.kind === 'token' || entry.kind === 'discovery'
            ? { error: error.code, error_description: error.message, ...error.extra }
            : { error: { code: error.code, message: error.message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } }, ...error.extra };
        send(error.status, body, error.headers);
      } else {
        send(500, { error: { code: 'generalException', message: error instanceof Error ? error.message : String(error) } });
      }
    }
  }

  private async route(req: IncomingMessage, url: URL, body: Buffer, entry: RequestLogEntry): Promise<Reply> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    let m: RegExpMatchArray | null;

    if (path.startsWith('/_fake/')) {
      entry.kind = 'control';
      return this.control(method, path, body);
    }
    if ((m = path.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/)) && method === 'POST') {
      entry.kind = 'token';
      entry.tenantId = m[1];
      return this.token(m[1], body);
    }
    if ((m = path.match(/^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/))) {
      entry.kind = 'discovery';
      entry.tenantId = m[1];
      return ok(this.openIdConfiguration(m[1]));
    }
    if (path === '/common/discovery/instance') {
      entry.kind = 'discovery';
      return ok(this.instanceDiscovery(url));
    }
    if ((m = path.match(/^\/_upload\/([^/]+)$/))) {
      entry.kind = 'upload';
      const session = this.sessions.get(m[1]);
      entry.tenantId = session?.tenantId ?? null;
      entry.driveId = session?.driveId ?? null;
      this.injectFault(method, url, entry.tenantId);
      return this.upload(method, m[1], req, body);
    }
    if ((m = path.match(/^\/_webhooks\/([^/]+)\/triggers\/manual\/paths\/invoke$/)) && method === 'POST') {
      entry.kind = 'webhook';
      this.injectFault(method, url, null);
      return this.webhooks.receive(m[1], body, req.headers['content-type']);
    }
    if ((m = path.match(/^\/_download\/([^/]+)$/)) && method === 'GET') {
      entry.kind = 'download';
      const download = this.downloads.get(m[1]);
      entry.tenantId = download?.tenantId ?? null;
      entry.driveId = download?.driveId ?? null;
      this.injectFault(method, url, entry.tenantId);
      // Like SharePoint's pre-authenticated URLs: no Authorization header, short-lived.
      if (req.headers.authorization) throw new HttpError(401, 'unauthenticated', 'Download URLs must be called without an Authorization header.');
      if (!download || download.expiresAt < this.now()) throw new HttpError(404, 'itemNotFound', 'The download URL is unknown or expired.');
      return { status: 200, body: download.content };
    }
    if (path.startsWith('/v1.0/')) {
      entry.kind = 'graph';
      const tenantId = this.authenticate(req);
      entry.tenantId = tenantId;
      entry.token = this.currentToken;
      entry.driveId = this.driveOfGraphPath(path.slice('/v1.0'.length));
      this.injectFault(method, url, tenantId);
      return this.graph(method, path.slice('/v1.0'.length), url, req, body, tenantId);
    }
    throw new HttpError(404, 'notFound', `No route for ${method} ${path}`);
  }

  /** False when the request was held and its client went away. */
  private held(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const hold = this.hold;
    if (!hold || req.method !== 'PUT' || !url.pathname.startsWith('/_upload/') || hold.accepted < hold.afterRanges) return Promise.resolve(true);
    return new Promise((resolve) => {
      const release = (): void => resolve(true);
      hold.held.push(release);
      res.once('close', () => {
        const index = hold.held.indexOf(release);
        if (index >= 0 && !res.writableEnded) {
          hold.held.splice(index, 1);
          resolve(false);
        }
      });
      hold.onHeld.splice(0).forEach((notify) => notify());
    });
  }

  // ---------------------------------------------------------------- identity

  private openIdConfiguration(tenantId: string): Record<string, unknown> {
    const base = `${this.url}/${tenantId}`;
    return {
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      msgraph_host: new URL(this.url).host,
    };
  }

  private instanceDiscovery(url: URL): Record<string, unknown> {
    const host = new URL(this.url).host;
    return {
      tenant_discovery_endpoint:
        url.searchParams.get('authorization_endpoint')?.replace('/oauth2/v2.0/authorize', '/v2.0/.well-known/openid-configuration') ?? `${this.url}/common/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    };
  }

  private token(tenantId: string, body: Buffer): Reply {
    const form = new URLSearchParams(body.toString('utf8'));
    const traceId = randomUUID();
    const aad = (status: number, error: string, code: number, text: string): HttpError =>
      new HttpError(
        status,
        error,
        `AADSTS${code}: ${text} Trace ID: ${traceId} Timestamp: ${new Date().toISOString()}`,
        {},
        {
          error_codes: [code],
          timestamp: new Date().toISOString(),
          trace_id: traceId,
          correlation_id: randomUUID(),
        },
      );
    const tenant = this.tenants.get(tenantId);
    if (!tenant) throw aad(400, 'invalid_request', 90002, `Tenant '${tenantId}' not found.`);
    if (form.get('grant_type') !== 'client_credentials') throw aad(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    if (form.get('client_id') !== this.clientId) throw aad(400, 'unauthorized_client', 700016, `Application with identifier '${form.get('client_id')}' was not found in the directory.`);
    const scope = form.get('scope') ?? '';
    if (!scope.split(' ').some((s) => s.endsWith('/.default')))
      throw aad(400, 'invalid_scope', 1002012, 'The provided value for scope is not valid. Client credential flows must have a scope value with /.default.');
    if (this.secretExpired) throw aad(401, 'invalid_client', 7000222, `The provided client secret keys for app '${this.clientId}' are expired.`);
    if (form.get('client_secret') !== this.clientSecret) throw aad(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    if (!tenant.consent)
      throw aad(
        400,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${this.clientId}'. Send an interactive authorization request for this user and resource.`,
      );
    const lifetime = tenant.tokenLifetimeSeconds ?? this.tokenLifetimeSeconds;
    const accessToken = `fake.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(accessToken, { label: `t${++this.issued}`, tenantId, expiresAt: this.now() + lifetime * 1000, invalidated: false });
    return ok({ token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken });
  }

  private authenticate(req: IncomingMessage): string {
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? this.tokens.get(header.slice(7)) : undefined;
    if (!token) throw new HttpError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.', { 'WWW-Authenticate': 'Bearer realm=""' });
    if (token.invalidated || token.expiresAt <= this.now()) {
      throw new HttpError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    this.currentToken = token.label;
    return token.tenantId;
  }

  private injectFault(method: string, url: URL, tenantId: string | null): void {
    for (const rule of this.faults) {
      if (rule.remaining !== null && rule.remaining <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.pathIncludes && !(url.pathname + url.search).includes(rule.pathIncludes)) continue;
      if (rule.tenantId && rule.tenantId !== tenantId) continue;
      if (rule.rate !== null && this.random() >= rule.rate) continue;
      if (rule.remaining !== null) rule.remaining -= 1;
      rule.hits += 1;
      const headers: Record<string, string> = rule.retryAfterSeconds === null ? {} : { 'Retry-After': String(rule.retryAfterSeconds) };
      if (tenantId && rule.retryAfterSeconds !== null && (rule.status === 429 || rule.status === 503)) {
        this.strictness.throttled(tenantId, rule.retryAfterSeconds, rule.status);
      }
      const code = rule.status === 429 ? 'TooManyRequests' : rule.status === 503 ? 'serviceNotAvailable' : 'generalException';
      throw new HttpError(rule.status, code, rule.status === 429 ? 'Too many requests.' : 'The service is temporarily unavailable.', headers);
    }
  }

  // ---------------------------------------------------------------- Graph

  private graph(method: string, path: string, url: URL, req: IncomingMessage, body: Buffer, tenantId: string): Reply {
    let m: RegExpMatchArray | null;
    this.siteAccess(method, path, tenantId);
    if ((m = path.match(/^\/teams\/([^/]+)\/channels\/([^/]+)$/)) && method === 'GET') {
      const { channel } = this.teamChannel(decodeURIComponent(m[1]), decodeURIComponent(m[2]), tenantId);
      return ok({ id: channel.id, displayName: channel.displayName, membershipType: 'standard' });
    }
    if ((m = path.match(/^\/groups\/([^/]+)\/sites\/root$/)) && method === 'GET') {
      const team = this.teams.get(decodeURIComponent(m[1]));
      if (!team || team.tenantId !== tenantId) throw new HttpError(404, 'itemNotFound', 'The requested group could not be found.');
      return ok({ id: team.siteId, displayName: team.displayName, name: team.displayName, webUrl: `${this.url}/sites/${encodeURIComponent(team.id)}` });
    }
    if ((m = path.match(/^\/sites\/([^/]+)\/drive$/)) && method === 'GET') {
      const team = this.teamOfSite(decodeURIComponent(m[1]), tenantId);
      return ok({ id: team.driveId, driveType: 'documentLibrary', name: 'Documents', webUrl: `${this.url}/sites/${encodeURIComponent(team.id)}/Shared%20Documents` });
    }
    if ((m = path.match(/^\/teams\/([^/]+)\/channels\/([^/]+)\/filesFolder$/)) && method === 'GET') {
      return this.filesFolder(decodeURIComponent(m[1]), decodeURIComponent(m[2]), tenantId);
    }
    if ((m = path.match(/^\/drives\/([^/]+)\/root\/delta$/)) && method === 'GET') {
      return this.delta(this.driveFor(m[1], tenantId), url, null);
    }
    if ((m = path.match(/^\/drives\/([^/]+)\/items\/([^/:]+)\/delta$/)) && method === 'GET') {
      const drive = this.driveFor(m[1], tenantId);
      const folder = this.mustItem(drive, decodeURIComponent(m[2]));
      if (!folder.folder || folder.deleted) throw new HttpError(400, 'invalidRequest', 'Delta is only supported on a folder.');
      return this.delta(drive, url, folder.id);
    }
    if ((m = path.match(/^\/drives\/([^/]+)\/root$/)) && method === 'GET') {
      const drive = this.driveFor(m[1], tenantId);
      return ok(this.itemJson(drive, this.mustItem(drive, drive.rootId)));
    }
    if ((m = path.match(/^\/drives\/([^/]+)\/root:\/(.+?):$/)) && method === 'GET') {
      // An item by path from the drive's root (how a Sites.Selected app finds a channel's folder).
      const drive = this.driveFor(m[1], tenantId);
      return ok(
        this.itemJson(
          drive,
          this.resolvePath(
            drive,
            drive.rootId,
            m[2].split('/').map((segment) => decodeURIComponent(segment)),
          ),
        ),
      );
    }
    m = path.match(/^\/drives\/([^/]+)\/items\/([^/:]+)(?::\/(.+?):)?(?:\/(content|createUploadSession|children))?$/);
    if (!m) throw new HttpError(400, 'invalidRequest', `Unsupported resource ${path}`);
    const drive = this.driveFor(m[1], tenantId);
    const baseId = decodeURIComponent(m[2]);
    const subPath = m[3] === undefined ? null : m[3].split('/').map((segment) => decodeURIComponent(segment));
    const action = m[4] ?? null;
    const ifMatch = typeof req.headers['if-match'] === 'string' ? req.headers['if-match'] : null;

    if (action === 'content' && method === 'PUT' && subPath) {
      return this.simpleUpload(drive, baseId, subPath, body, conflictFrom(url.searchParams.get('@microsoft.graph.conflictBehavior'), 'replace'), ifMatch);
    }
    if (action === 'createUploadSession' && method === 'POST' && subPath) {
      return this.createUploadSession(drive, baseId, subPath, jsonBody(body), ifMatch);
    }
    if (action === 'children' && method === 'POST' && !subPath) {
      return this.createFolder(drive, baseId, jsonBody(body));
    }
    if (action === 'content' && method === 'GET') {
      // Graph answers 302 with a short-lived pre-authenticated URL (valid for a few minutes).
      const item = subPath ? this.resolvePath(drive, baseId, subPath) : this.mustItem(drive, baseId);
      if (item.folder) throw new HttpError(400, 'invalidRequest', 'A folder has no content.');
      const token = randomBytes(16).toString('hex');
      this.downloads.set(token, { tenantId, driveId: drive.id, content: item.content, expiresAt: this.now() + 5 * 60_000 });
      return { status: 302, headers: { Location: `${this.url}/_download/${token}` } };
    }
    if (action === 'children' && method === 'GET') {
      const parent = subPath ? this.resolvePath(drive, baseId, subPath) : this.mustItem(drive, baseId);
      return ok({ value: [...drive.items.values()].filter((i) => !i.deleted && i.parentId === parent.id).map((i) => this.itemJson(drive, i)) });
    }
    if (action === null) {
      const item = subPath ? this.resolvePath(drive, baseId, subPath) : this.mustItem(drive, baseId);
      if (method === 'GET') return ok(this.itemJson(drive, item));
      if (method === 'PATCH') return this.patchItem(drive, item, jsonBody(body), ifMatch);
      if (method === 'DELETE') {
        this.checkIfMatch(item, ifMatch);
        this.removeTree(drive, item, this.app());
        return { status: 204 };
      }
    }
    throw new HttpError(405, 'invalidRequest', `Unsupported ${method} ${path}`);
  }

  /** The drive a Graph path touches: `/drives/{d}/…`, or the team's drive for its channel, site and `filesFolder` lookups. */
  private driveOfGraphPath(path: string): string | null {
    const drive = /^\/drives\/([^/]+)\//.exec(path);
    if (drive) return decodeURIComponent(drive[1]);
    return this.teamOfGraphPath(path)?.driveId ?? null;
  }

  /** The team whose site a Graph path reaches (drive, site, group site, channel, filesFolder), if known. */
  private teamOfGraphPath(path: string): Team | null {
    let m: RegExpExecArray | null;
    if ((m = /^\/drives\/([^/]+)(?:\/|$)/.exec(path))) {
      const drive = this.drives.get(decodeURIComponent(m[1]));
      return drive ? (this.teams.get(drive.teamId) ?? null) : null;
    }
    if ((m = /^\/(?:teams|groups)\/([^/]+)\//.exec(path))) return this.teams.get(decodeURIComponent(m[1])) ?? null;
    if ((m = /^\/sites\/([^/]+)(?:\/|$)/.exec(path))) {
      const siteId = decodeURIComponent(m[1]);
      return [...this.teams.values()].find((team) => team.siteId === siteId) ?? null;
    }
    return null;
  }

  /**
   * Sites.Selected, as Microsoft documents it (learn: "Overview of Selected permissions in
   * OneDrive and SharePoint"; site-post-permissions): an app holding only Sites.Selected reaches a
   * site's lists, drives and items only when an admin granted it a role on that site, and
   * everything else answers 403 `accessDenied`. What this fake assumes beyond that, untested
   * against real Microsoft 365:
   * - `GET /groups/{team}/sites/root` and `GET /sites/{id}/drive` answer for a granted site and
   *   403 for any other (the group itself is not read, only its root site);
   * - `GET /teams/{t}/channels/{c}` is covered by Channel.ReadBasic.All, which the app is assumed
   *   to hold in both models (a Teams permission, not a site one);
   * - `filesFolder` needs Files.Read.All-class permissions, so under `selected` it is always 403;
   * - a `read` grant allows GET only; `write`, `owner` and `fullcontrol` allow writes;
   * - upload and download URLs, being pre-authenticated, are not checked again.
   */
  private siteAccess(method: string, path: string, tenantId: string): void {
    const tenant = this.tenants.get(tenantId);
    if (!tenant || tenant.permissionModel === 'all') return;
    if (/^\/teams\/[^/]+\/channels\/[^/]+$/.test(path)) return;
    const denied = new HttpError(403, 'accessDenied', 'Access denied');
    if (/^\/teams\/[^/]+\/channels\/[^/]+\/filesFolder$/.test(path)) throw denied;
    const team = this.teamOfGraphPath(path);
    if (!team || team.tenantId !== tenantId) return; // unknown or another tenant's: the route answers 404/403 itself
    const roles = tenant.siteGrants.get(team.siteId) ?? [];
    const allowed = method === 'GET' ? roles.length > 0 : roles.some((role) => role !== 'read');
    if (!allowed) throw denied;
  }

  private teamOfSite(siteId: string, tenantId: string): Team {
    const team = [...this.teams.values()].find((t) => t.siteId === siteId);
    if (!team || team.tenantId !== tenantId) throw new HttpError(404, 'itemNotFound', 'Requested site could not be found');
    return team;
  }

  private teamChannel(teamId: string, channelId: string, tenantId: string): { team: Team; channel: Channel } {
    const team = this.teams.get(teamId);
    if (!team || team.tenantId !== tenantId) throw new HttpError(404, 'NotFound', 'No team found with Group Id ' + teamId);
    const channel = team.channels.get(channelId);
    if (!channel) throw new HttpError(404, 'NotFound', 'Channel not found.');
    return { team, channel };
  }

  private filesFolder(teamId: string, channelId: string, tenantId: string): Reply {
    const { team, channel } = this.teamChannel(teamId, channelId, tenantId);
    channel.filesFolderCalls += 1;
    if (!channel.provisioned && channel.provisionAfterCalls !== null && channel.filesFolderCalls > channel.provisionAfterCalls) {
      this.provision(team.id, channel.id);
    }
    if (!channel.provisioned || !channel.folderId) throw new HttpError(404, 'NotFound', 'SharePoint folder not found.');
    const drive = this.mustDrive(team.driveId);
    return ok(this.itemJson(drive, this.mustItem(drive, channel.folderId)));
  }

  private simpleUpload(drive: Drive, baseId: string, subPath: string[], body: Buffer, conflict: Conflict, ifMatch: string | null): Reply {
    if (body.length > this.simpleUploadLimitBytes) {
      throw new HttpError(413, 'requestEntityTooLarge', `Simple upload is limited to ${this.simpleUploadLimitBytes} bytes; use an upload session.`);
    }
    const { parent, name } = this.parentAndName(drive, baseId, subPath);
    return this.commit(drive, parent.id, name, body, conflict, ifMatch, this.currentToken);
  }

  private commit(drive: Drive, parentId: string, name: string, content: Buffer, conflict: Conflict, ifMatch: string | null, token: string | null): Reply {
    validateName(name);
    const existing = this.childByName(drive, parentId, name);
    if (existing && existing.folder) throw new HttpError(409, 'nameAlreadyExists', 'A folder with this name already exists.');
    if (ifMatch && (!existing || !etagMatches(this.eTag(existing), ifMatch))) {
      throw new HttpError(412, 'resourceModified', "ETag does not match current item's value");
    }
    if (existing && conflict === 'fail' && !ifMatch) throw new HttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (existing && (conflict === 'replace' || ifMatch)) {
      existing.content = content;
      existing.contentVersion += 1;
      this.touch(drive, existing, this.app());
      return { status: 200, body: this.itemJson(drive, existing) };
    }
    const finalName = existing ? this.freeName(drive, parentId, name) : name;
    const item = this.newItem(drive, { name: finalName, parentId, folder: false, content });
    drive.items.set(item.id, item);
    this.creations.push({ driveId: drive.id, parentId, name: finalName, itemId: item.id, token, at: new Date().toISOString() });
    return { status: 201, body: this.itemJson(drive, item) };
  }

  private createFolder(drive: Drive, parentId: string, body: Record<string, unknown>): Reply {
    const parent = this.mustItem(drive, parentId);
    if (!parent.folder) throw new HttpError(400, 'invalidRequest', 'Parent is not a folder.');
    const name = typeof body.name === 'string' ? body.name : '';
    validateName(name);
    const conflict = conflictFrom(body['@microsoft.graph.conflictBehavior'], 'fail');
    const existing = this.childByName(drive, parent.id, name);
    if (existing) {
      if (conflict === 'fail') throw new HttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      if (conflict === 'replace' && existing.folder) return { status: 200, body: this.itemJson(drive, existing) };
    }
    const folder = this.newItem(drive, { name: existing ? this.freeName(drive, parent.id, name) : name, parentId: parent.id, folder: true });
    drive.items.set(folder.id, folder);
    return { status: 201, body: this.itemJson(drive, folder) };
  }

  private patchItem(drive: Drive, item: Item, body: Record<string, unknown>, ifMatch: string | null): Reply {
    this.checkIfMatch(item, ifMatch);
    if (item.id === drive.rootId) throw new HttpError(400, 'invalidRequest', 'The root cannot be changed.');
    const name = typeof body.name === 'string' ? body.name : item.name;
    const parentRef = body.parentReference as { id?: unknown } | undefined;
    const parentId = parentRef && typeof parentRef.id === 'string' ? parentRef.id : item.parentId;
    if (!parentId) throw new HttpError(400, 'invalidRequest', 'Missing parent.');
    validateName(name);
    const parent = this.mustItem(drive, parentId);
    if (!parent.folder) throw new HttpError(400, 'invalidRequest', 'Parent is not a folder.');
    for (let p: Item | undefined = parent; p; p = p.parentId ? drive.items.get(p.parentId) : undefined) {
      if (p.id === item.id) throw new HttpError(400, 'invalidRequest', 'Cannot move a folder into itself.');
    }
    const clash = this.childByName(drive, parent.id, name);
    if (clash && clash.id !== item.id) throw new HttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    item.name = name;
    item.parentId = parent.id;
    this.touch(drive, item, this.app());
    return ok(this.itemJson(drive, item));
  }

  private createUploadSession(drive: Drive, baseId: string, subPath: string[], body: Record<string, unknown>, ifMatch: string | null): Reply {
    const { parent, name } = this.parentAndName(drive, baseId, subPath);
    validateName(name);
    const problem = uploadSessionBodyProblem(body);
    if (problem) throw new HttpError(400, 'invalidRequest', problem);
    const item = (body.item ?? {}) as Record<string, unknown>;
    const conflict = conflictFrom(item['@microsoft.graph.conflictBehavior'], 'replace');
    const fileSize = typeof item.fileSize === 'number' ? item.fileSize : null;
    if (ifMatch) {
      const existing = this.childByName(drive, parent.id, name);
      if (!existing || !etagMatches(this.eTag(existing), ifMatch)) throw new HttpError(412, 'resourceModified', "ETag does not match current item's value");
    }
    const session: UploadSession = {
      id: randomBytes(18).toString('base64url'),
      tenantId: drive.tenantId,
      driveId: drive.id,
      parentId: parent.id,
      name,
      conflict,
      ifMatch,
      fileSize,
      chunks: [],
      token: this.currentToken,
      received: 0,
      expiresAt: this.now() + this.uploadSessionLifetimeSeconds * 1000,
    };
    this.sessions.set(session.id, session);
    return ok({
      '@odata.context': `${this.graphBaseUrl}/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: `${this.url}/_upload/${session.id}?tempauth=${randomBytes(12).toString('hex')}`,
      expirationDateTime: new Date(session.expiresAt).toISOString(),
      nextExpectedRanges: ['0-'],
    });
  }

  private upload(method: string, sessionId: string, req: IncomingMessage, body: Buffer): Reply {
    const session = this.sessions.get(sessionId);
    if (!session || session.expiresAt <= this.now()) {
      if (session) this.sessions.delete(sessionId);
      throw new HttpError(404, 'itemNotFound', 'The upload session was not found or has expired.');
    }
    const status = (): Record<string, unknown> => ({
      expirationDateTime: new Date(session.expiresAt).toISOString(),
      nextExpectedRanges: [session.fileSize === null ? `${session.received}-` : `${session.received}-${session.fileSize - 1}`],
    });
    if (method === 'GET') return ok(status());
    if (method === 'DELETE') {
      this.sessions.delete(sessionId);
      return { status: 204 };
    }
    if (method !== 'PUT') throw new HttpError(405, 'invalidRequest', 'Use PUT, GET or DELETE on an upload URL.');
    if (req.headers.authorization) {
      throw new HttpError(401, 'unauthenticated', 'Do not send the Authorization header to an upload URL: the URL carries its own credential.');
    }
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    if (!range) throw new HttpError(400, 'invalidRange', 'Content-Range header must be "bytes start-end/total".');
    const start = Number(range[1]);
    const end = Number(range[2]);
    const total = Number(range[3]);
    const length = end - start + 1;
    if (length !== body.length || length <= 0) throw new HttpError(400, 'invalidRange', `Content-Range declares ${length} bytes but the body has ${body.length}.`);
    if (length > MAX_FRAGMENT) throw new HttpError(413, 'requestEntityTooLarge', 'A fragment must be smaller than 60 MiB.');
    if (session.fileSize === null) session.fileSize = total;
    if (total !== session.fileSize || end >= total) throw new HttpError(400, 'invalidRange', 'The total size does not match the upload session.');
    if (start < session.received) {
      throw new HttpError(416, 'invalidRange', 'The requested range was already received.', {}, { nextExpectedRanges: status().nextExpectedRanges });
    }
    if (start > session.received) throw new HttpError(400, 'invalidRange', `Fragments must be uploaded in order; expected offset ${session.received}.`);
    const isLast = end + 1 === total;
    if (!isLast && length % UNIT !== 0) {
      throw new HttpError(400, 'invalidRange', `Fragment size ${length} is not a multiple of 320 KiB (327,680 bytes).`);
    }
    session.chunks.push(body);
    session.received += length;
    session.expiresAt = this.now() + this.uploadSessionLifetimeSeconds * 1000;
    if (!isLast) return { status: 202, body: status() };
    this.sessions.delete(sessionId);
    const drive = this.mustDrive(session.driveId);
    return this.commit(drive, session.parentId, session.name, Buffer.concat(session.chunks), session.conflict, session.ifMatch, session.token);
  }

  /**
   * Delta of the whole drive (`root/delta`, scope null) or of one folder and what is below it
   * (`items/{id}/delta`): the folder itself and its descendants, by their parents now (an item
   * moved out of the folder is not reported as deleted, as Graph would; the mirror never moves files out).
   */
  private delta(drive: Drive, url: URL, scopeId: string | null): Reply {
    const token = url.searchParams.get('token');
    const base = `${this.graphBaseUrl}/drives/${encodeURIComponent(drive.id)}/${scopeId === null ? 'root' : `items/${encodeURIComponent(scopeId)}`}/delta`;
    const inScope = (item: Item): boolean => {
      if (scopeId === null) return true;
      for (let at: Item | undefined = item; at; at = at.parentId === null ? undefined : drive.items.get(at.parentId)) {
        if (at.id === scopeId) return true;
      }
      return false;
    };
    if (token === 'latest') return ok({ value: [], '@odata.deltaLink': `${base}?token=${encodeToken(drive.seq)}` });
    let from = 0;
    if (token !== null) {
      const seq = decodeToken(token);
      if (seq === null || seq < drive.oldestValidSeq || seq > drive.seq) {
        throw new HttpError(410, 'resyncRequired', 'The delta token is no longer valid; resync with resyncChangesApplyDifferences.', {
          Location: `${base}`,
        });
      }
      from = seq;
    }
    const snapshot = Number(url.searchParams.get('snapshot') ?? drive.seq);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const changed = [...drive.items.values()]
      .filter((item) => (token === null ? !item.deleted : item.changedSeq > from) && item.changedSeq <= snapshot && inScope(item))
      .sort((a, b) => a.changedSeq - b.changedSeq);
    const page = changed.slice(offset, offset + this.deltaPageSize);
    const value = page.map((item) => this.itemJson(drive, item));
    const more = offset + page.length < changed.length;
    const continuation = new URLSearchParams({ snapshot: String(snapshot), offset: String(offset + page.length) });
    if (token !== null) continuation.set('token', token);
    return ok(more ? { value, '@odata.nextLink': `${base}?${continuation.toString()}` } : { value, '@odata.deltaLink': `${base}?token=${encodeToken(snapshot)}` });
  }

  // ---------------------------------------------------------------- control API over HTTP

  private control(method: string, path: string, raw: Buffer): Reply {
    const body = raw.length ? jsonBody(raw) : {};
    const str = (key: string): string | undefined => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    const num = (key: string): number | undefined => (typeof body[key] === 'number' ? (body[key] as number) : undefined);
    const bool = (key: string): boolean | undefined => (typeof body[key] === 'boolean' ? (body[key] as boolean) : undefined);
    const contentOf = (): Buffer | undefined =>
      typeof body.contentBase64 === 'string' ? Buffer.from(body.contentBase64, 'base64') : typeof body.content === 'string' ? Buffer.from(body.content, 'utf8') : undefined;
    let m: RegExpMatchArray | null;
    const route = `${method} ${path}`;

    if (route === 'GET /_fake/state') return ok(this.state());
    if (route === 'GET /_fake/requests') return ok({ value: this.requests });
    if (route === 'GET /_fake/violations') return ok(this.violations());
    if (route === 'DELETE /_fake/requests') {
      this.requests = [];
      return { status: 204 };
    }
    if (route === 'POST /_fake/reset') {
      this.reset();
      return { status: 204 };
    }
    if (route === 'POST /_fake/app') {
      if (bool('secretExpired') !== undefined) this.secretExpired = bool('secretExpired') as boolean;
      if (num('tokenLifetimeSeconds') !== undefined) this.tokenLifetimeSeconds = num('tokenLifetimeSeconds') as number;
      return ok({ clientId: this.clientId, secretExpired: this.secretExpired, tokenLifetimeSeconds: this.tokenLifetimeSeconds });
    }
    if (route === 'POST /_fake/tenants') {
      const model = str('permissionModel');
      return created(
        this.createTenant({
          tenantId: str('tenantId'),
          displayName: str('displayName'),
          consent: bool('consent'),
          tokenLifetimeSeconds: num('tokenLifetimeSeconds'),
          permissionModel: model === 'selected' ? 'selected' : undefined,
        }),
      );
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/tenants\/([^/]+)\/consent$/))) {
      this.setConsent(decodeURIComponent(m[1]), bool('granted') ?? true, bool('invalidateTokens') ?? true);
      return ok(this.mustTenant(decodeURIComponent(m[1])));
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/tenants\/([^/]+)\/permission-model$/))) {
      const model = str('model');
      if (model !== 'all' && model !== 'selected') throw new HttpError(400, 'invalidRequest', "model must be 'all' or 'selected'");
      this.setPermissionModel(decodeURIComponent(m[1]), model);
      return ok({ tenantId: decodeURIComponent(m[1]), model });
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/teams\/([^/]+)\/site-grant$/))) {
      const roles = Array.isArray(body.roles) ? (body.roles.filter((r) => r === 'read' || r === 'write' || r === 'owner' || r === 'fullcontrol') as FakeSiteRole[]) : ['write' as const];
      return ok(this.grantSite(decodeURIComponent(m[1]), roles));
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/tenants\/([^/]+)\/expire-tokens$/))) {
      this.expireTokens(decodeURIComponent(m[1]));
      return { status: 204 };
    }
    if (route === 'POST /_fake/teams') {
      return created(this.createTeam({ tenantId: str('tenantId') ?? '', teamId: str('teamId'), displayName: str('displayName') }));
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/teams\/([^/]+)\/channels$/))) {
      return created(
        this.createChannel({
          teamId: decodeURIComponent(m[1]),
          channelId: str('channelId'),
          displayName: str('displayName'),
          provisioned: bool('provisioned'),
          provisionAfterCalls: num('provisionAfterCalls'),
        }),
      );
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/teams\/([^/]+)\/channels\/([^/]+)\/provision$/))) {
      return ok(this.provision(decodeURIComponent(m[1]), decodeURIComponent(m[2])));
    }
    if (route === 'POST /_fake/faults') {
      const status = num('status');
      if (status === undefined) throw new HttpError(400, 'invalidRequest', 'status is required');
      return created(
        this.addFault({
          status,
          retryAfterSeconds: body.retryAfterSeconds === null ? null : num('retryAfterSeconds'),
          count: num('count'),
          rate: num('rate'),
          method: str('method'),
          pathIncludes: str('pathIncludes'),
          tenantId: str('tenantId'),
        }),
      );
    }
    if (route === 'DELETE /_fake/faults') {
      this.clearFaults();
      return { status: 204 };
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/drives\/([^/]+)\/items\/([^/]+)\/user-edit$/))) {
      const item = this.userEdit(decodeURIComponent(m[1]), decodeURIComponent(m[2]), { content: contentOf(), name: str('name'), by: str('by') });
      return ok(this.itemJson(this.mustDrive(decodeURIComponent(m[1])), item));
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/drives\/([^/]+)\/items\/([^/]+)\/user-delete$/))) {
      this.userDelete(decodeURIComponent(m[1]), decodeURIComponent(m[2]), str('by'));
      return { status: 204 };
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/drives\/([^/]+)\/items\/([^/]+)\/user-upload$/))) {
      const drive = this.mustDrive(decodeURIComponent(m[1]));
      const item = this.userUpload(drive.id, decodeURIComponent(m[2]), str('name') ?? 'Nieuw document.docx', contentOf() ?? Buffer.alloc(0), str('by'));
      return created(this.itemJson(drive, item));
    }
    if (method === 'GET' && (m = path.match(/^\/_fake\/drives\/([^/]+)\/items\/([^/]+)\/content$/))) {
      return { status: 200, body: this.content(decodeURIComponent(m[1]), decodeURIComponent(m[2])) };
    }
    if (method === 'POST' && (m = path.match(/^\/_fake\/drives\/([^/]+)\/expire-delta-tokens$/))) {
      this.expireDeltaTokens(decodeURIComponent(m[1]));
      return { status: 204 };
    }
    if (route === 'GET /_fake/creations') return ok({ value: this.creations });
    if (route === 'POST /_fake/uploads/hold') {
      this.holdUploadRanges(num('afterRanges') ?? 0);
      return { status: 204 };
    }
    if (route === 'POST /_fake/uploads/release') {
      this.releaseUploads();
      return { status: 204 };
    }
    if (route === 'POST /_fake/upload-sessions/expire') {
      this.expireUploadSessions();
      return { status: 204 };
    }
    if (route === 'POST /_fake/webhooks') {
      const hook = this.webhooks.create(str('hookId'));
      return created({ ...hook, url: `${this.url}${hook.path}` });
    }
    if (route === 'GET /_fake/webhooks') return ok({ hooks: [...this.webhooks.hooks], posts: this.webhooks.received() });
    if (method === 'DELETE' && (m = path.match(/^\/_fake\/webhooks\/([^/]+)$/))) {
      this.webhooks.remove(decodeURIComponent(m[1]));
      return { status: 204 };
    }
    if (route === 'POST /_fake/clock/advance') {
      this.clockOffsetMs += num('ms') ?? 0;
      return ok({ offsetMs: this.clockOffsetMs });
    }
    throw new HttpError(404, 'notFound', `No control route ${route}`);
  }

  // ---------------------------------------------------------------- helpers

  private app(): Item['modifiedBy'] {
    return { kind: 'application', displayName: 'Verbinder' };
  }

  private newItem(drive: Drive, input: { id?: string; name: string; parentId: string | null; folder: boolean; content?: Buffer; by?: Item['modifiedBy'] }): Item {
    const now = this.now();
    return {
      id: input.id ?? newId(),
      name: input.name,
      parentId: input.parentId,
      folder: input.folder,
      content: input.content ?? Buffer.alloc(0),
      version: 1,
      contentVersion: 1,
      createdAt: now,
      modifiedAt: now,
      modifiedBy: input.by ?? this.app(),
      deleted: false,
      changedSeq: ++drive.seq,
    };
  }

  private touch(drive: Drive, item: Item, by: Item['modifiedBy']): void {
    item.version += 1;
    item.modifiedAt = this.now();
    item.modifiedBy = by;
    item.changedSeq = ++drive.seq;
  }

  private removeTree(drive: Drive, item: Item, by: Item['modifiedBy']): void {
    if (item.id === drive.rootId) throw new HttpError(400, 'invalidRequest', 'The root cannot be deleted.');
    for (const child of drive.items.values()) if (!child.deleted && child.parentId === item.id) this.removeTree(drive, child, by);
    item.deleted = true;
    this.touch(drive, item, by);
  }

  private eTag(item: Item): string {
    return `"{${item.id}},${item.version}"`;
  }

  private checkIfMatch(item: Item, ifMatch: string | null): void {
    if (ifMatch && !etagMatches(this.eTag(item), ifMatch)) throw new HttpError(412, 'resourceModified', "ETag does not match current item's value");
  }

  private itemJson(drive: Drive, item: Item): Record<string, unknown> {
    const webBase = `${this.url}/sites/${encodeURIComponent(drive.teamId)}/Shared%20Documents`;
    const json: Record<string, unknown> = {
      id: item.id,
      name: item.name,
      eTag: this.eTag(item),
      cTag: `"c:{${item.id}},${item.contentVersion}"`,
      size: item.folder ? [...drive.items.values()].filter((c) => !c.deleted && c.parentId === item.id).reduce((n, c) => n + c.content.length, 0) : item.content.length,
      createdDateTime: new Date(item.createdAt).toISOString(),
      lastModifiedDateTime: new Date(item.modifiedAt).toISOString(),
      lastModifiedBy: { [item.modifiedBy.kind]: { displayName: item.modifiedBy.displayName } },
      webUrl: `${webBase}/${encodeURIComponent(item.name)}`,
      parentReference: { driveId: drive.id, driveType: 'documentLibrary', ...(item.parentId ? { id: item.parentId } : {}) },
    };
    if (item.id === drive.rootId) json.root = {};
    if (item.folder) json.folder = { childCount: [...drive.items.values()].filter((c) => !c.deleted && c.parentId === item.id).length };
    // SharePoint (so a Teams files folder) returns only quickXorHash; sha256Hash is OneDrive-personal-only and kept for tests.
    else json.file = { mimeType: 'application/octet-stream', hashes: hashesOf(item.content) };
    if (item.deleted) json.deleted = { state: 'deleted' };
    return json;
  }

  private parentAndName(drive: Drive, baseId: string, subPath: string[]): { parent: Item; name: string } {
    const name = subPath[subPath.length - 1];
    const parent = subPath.length > 1 ? this.resolvePath(drive, baseId, subPath.slice(0, -1)) : this.mustItem(drive, baseId);
    if (!parent.folder) throw new HttpError(400, 'invalidRequest', 'Parent is not a folder.');
    return { parent, name };
  }

  private resolvePath(drive: Drive, baseId: string, segments: string[]): Item {
    let current = this.mustItem(drive, baseId);
    for (const segment of segments) {
      const next = this.childByName(drive, current.id, segment);
      if (!next) throw new HttpError(404, 'itemNotFound', 'The resource could not be found.');
      current = next;
    }
    return current;
  }

  private childByName(drive: Drive, parentId: string, name: string): Item | undefined {
    const lower = name.toLowerCase();
    for (const item of drive.items.values()) if (!item.deleted && item.parentId === parentId && item.name.toLowerCase() === lower) return item;
    return undefined;
  }

  private freeName(drive: Drive, parentId: string, name: string): string {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    for (let n = 1; ; n++) {
      const candidate = `${stem} ${n}${ext}`;
      if (!this.childByName(drive, parentId, candidate)) return candidate;
    }
  }

  private driveFor(rawId: string, tenantId: string): Drive {
    const drive = this.drives.get(decodeURIComponent(rawId));
    if (!drive) throw new HttpError(404, 'itemNotFound', 'The drive could not be found.');
    if (drive.tenantId !== tenantId) throw new HttpError(403, 'accessDenied', 'Access denied: the token was issued for another tenant.');
    return drive;
  }

  private mustTenant(id: string): Tenant {
    const tenant = this.tenants.get(id);
    if (!tenant) throw new HttpError(404, 'notFound', `Tenant ${id} not found`);
    return tenant;
  }

  private mustTeam(id: string): Team {
    const team = this.teams.get(id);
    if (!team) throw new HttpError(404, 'notFound', `Team ${id} not found`);
    return team;
  }

  private mustDrive(id: string): Drive {
    const drive = this.drives.get(id);
    if (!drive) throw new HttpError(404, 'itemNotFound', 'The drive could not be found.');
    return drive;
  }

  private mustItem(drive: Drive, id: string): Item {
    const item = id === 'root' ? drive.items.get(drive.rootId) : drive.items.get(id);
    if (!item || item.deleted) throw new HttpError(404, 'itemNotFound', 'The resource could not be found.');
    return item;
  }
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const created = (body: unknown): Reply => ({ status: 201, body });

function conflictFrom(value: unknown, fallback: Conflict): Conflict {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw new HttpError(400, 'invalidRequest', `Unknown conflictBehavior ${String(value)}`);
}

function validateName(name: string): void {
  if (!name || /["*:<>?/\\|]/.test(name) || name.trim() !== name || name.endsWith('.')) {
    throw new HttpError(400, 'invalidRequest', `Invalid file name '${name}'.`);
  }
}

function etagMatches(current: string, ifMatch: string): boolean {
  return ifMatch === '*' || ifMatch.split(',').some((tag) => tag.trim() === current) || ifMatch.trim() === current;
}

const quickXorHashes = new WeakMap<Buffer, string>();

/**
 * QuickXorHash as Microsoft describes it: XOR of every byte rotated left by 11·i bits in a
 * 160-bit little-endian block, then the 64-bit length XORed into the last 8 bytes. Written out
 * byte by byte (the mirror's own implementation folds first), memoised per content buffer.
 */
/**
 * The hashes of a file's content, computed once per content buffer (a change replaces the
 * buffer): hashing every file again for each answer (a delta page lists all of them) blocked the
 * event loop for seconds in tests that run the API in the same process.
 */
const hashCache = new WeakMap<Buffer, { quickXorHash: string; sha256Hash: string }>();
function hashesOf(content: Buffer): { quickXorHash: string; sha256Hash: string } {
  let hashes = hashCache.get(content);
  if (!hashes) {
    hashes = { quickXorHash: quickXorHashOf(content), sha256Hash: createHash('sha256').update(content).digest('hex').toUpperCase() };
    hashCache.set(content, hashes);
  }
  return hashes;
}

function quickXorHashOf(content: Buffer): string {
  const known = quickXorHashes.get(content);
  if (known) return known;
  const block = new Uint8Array(20);
  let bit = 0;
  for (let i = 0; i < content.length; i++) {
    const byte = content[i];
    const index = bit >> 3;
    const offset = bit & 7;
    block[index] ^= (byte << offset) & 0xff;
    block[(index + 1) % 20] ^= offset === 0 ? 0 : byte >> (8 - offset);
    bit = (bit + 11) % 160;
  }
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(content.length));
  for (let i = 0; i < 8; i++) block[12 + i] ^= length[i];
  const hash = Buffer.from(block).toString('base64');
  quickXorHashes.set(content, hash);
  return hash;
}

function encodeToken(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

function decodeToken(token: string): number | null {
  const match = /^seq:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

function jsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new HttpError(400, 'invalidRequest', 'The request body is not valid JSON.');
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts a fake on a free port (or `options.port`). */
export async function startTeamsFake(options: TeamsFakeOptions = {}): Promise<TeamsFake> {
  return new TeamsFake(options).start();
}

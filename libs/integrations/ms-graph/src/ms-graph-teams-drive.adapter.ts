import { AuthenticationHandler, AuthenticationHandlerOptions, AuthenticationProvider, Client, Context, GraphRequest, Middleware, ResponseType } from '@microsoft/microsoft-graph-client';
import {
  ChannelFolder,
  ChannelRef,
  CreateUploadSessionInput,
  DeleteItemInput,
  DeltaInput,
  DeltaResult,
  DriveChange,
  DriveItemContent,
  DriveItemRef,
  DriveRef,
  EnsureFolderInput,
  FindByPathInput,
  SmallUploadInput,
  TeamsAuthFailed,
  TeamsDriveError,
  TeamsDriveItem,
  TeamsDrivePort,
  TeamsInvalidRequest,
  TeamsNotFound,
  TeamsNotProvisioned,
  TeamsTransient,
  UpdateItemInput,
  UploadRangeInput,
  UploadRangeResult,
  UploadSessionState,
  isTeamsDriveError,
  parseRetryAfterMs,
  RateScope,
  RequestCost,
  SIMPLE_UPLOAD_MAX_BYTES,
  TeamsRequestGate,
} from '@verbinder/teams-mirror/core';
import { Readable } from 'node:stream';
import { GraphDriveItem, parseByteRanges, toDriveChange, toTeamsDriveItem } from './graph-drive-item.mapper';
import { GraphCallKind, mapGraphError, readGraphError } from './map-graph-error';
import { DEFAULT_AUTHORITY_HOST, DEFAULT_GRAPH_BASE_URL, FetchFn, GraphPermissionModel, MsGraphOptions } from './ms-graph.options';
import { createNodeHttpsFetch, NodeHttpsFetch } from './node-https-fetch';
import { TenantCredentials } from './tenant-credentials';

const enc = encodeURIComponent;
const encPath = (path: string): string => path.split('/').map(enc).join('/');

/**
 * Graph counts 4 requests/s per team or channel: a request on a known team's drive counts on the
 * team (so one node's folder lookups before it knows the drive and another's uploads share the
 * budget); without a team, on the drive.
 */
const driveScope = (ref: DriveRef, cost: RequestCost): RateScope => ({ tenantId: ref.tenantId, channelKey: ref.teamId ? `team:${ref.teamId}` : `drive:${ref.driveId}`, cost });

/** Last middleware of the Graph client chain: sends the request with the configured fetch. */
class FetchMiddleware implements Middleware {
  constructor(private readonly fetchFn: FetchFn) {}

  async execute(context: Context): Promise<void> {
    const request = context.request as unknown;
    const url = typeof request === 'string' ? request : (request as { url: string }).url;
    context.response = await this.fetchFn(url, context.options as Parameters<FetchFn>[1]);
  }
}

/**
 * TeamsDrivePort over Microsoft Graph with @microsoft/microsoft-graph-client and an app-only
 * ClientSecretCredential per tenant. No retries here (ThrottledTeamsDrive in the core does
 * that); one exception: a 401 for a token the cache still thought valid is retried once with
 * a freshly acquired token. Every HTTP request (also each folder segment, delta page and
 * redirect) first takes a slot from the request gate, right before it is sent; a 429/503 with
 * Retry-After is reported to the gate, which closes the tenant and the channel for every job.
 */
export class MsGraphTeamsDrive implements TeamsDrivePort {
  private readonly credentials: TenantCredentials;
  private readonly clients = new Map<string, Client>();
  /** tenant/team → the team's drive, learnt from filesFolder or the team's site (saves two lookups per new link). */
  private readonly teamDrives = new Map<string, string>();
  private readonly resolving = new Map<string, Promise<ChannelFolder>>();
  private readonly fetchFn: FetchFn;
  private readonly ownFetch: NodeHttpsFetch | null;
  private readonly graphOrigin: string;
  private readonly graphVersion: string;
  private readonly graphHost: string;
  private readonly now: () => number;
  private readonly gate: TeamsRequestGate | null;
  private readonly permissionModel: GraphPermissionModel;

  constructor(options: MsGraphOptions) {
    const base = new URL(options.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL);
    this.graphOrigin = base.origin;
    this.graphVersion = base.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
    this.graphHost = base.hostname;
    this.ownFetch = options.caCertificate && !options.fetch ? createNodeHttpsFetch(options.caCertificate) : null;
    this.fetchFn = options.fetch ?? this.ownFetch?.fetch ?? ((input, init) => fetch(input, init as RequestInit));
    this.now = options.nowEpochMs ?? Date.now;
    this.gate = options.gate ?? null;
    this.permissionModel = options.permissionModel ?? 'all';
    this.credentials = new TenantCredentials({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authorityHost: options.authorityHost ?? DEFAULT_AUTHORITY_HOST,
      scope: options.scope ?? 'https://graph.microsoft.com/.default',
      agent: this.ownFetch?.agent,
    });
  }

  /** Releases sockets held by the CA-trusting agent (tests, shutdown). */
  close(): void {
    this.ownFetch?.close();
  }

  /**
   * Where the channel's files live. With `permissionModel: 'all'` one `filesFolder` call (needs
   * Files.Read.All-class permissions). With `'selected'` (Sites.Selected, which does not cover
   * `filesFolder`) through the team's site: the channel's name (`GET /teams/{t}/channels/{c}`,
   * Channel.ReadBasic.All), the team's site (`GET /groups/{t}/sites/root`) and its document library
   * (`GET /sites/{s}/drive`), then the folder of that name at the library's root; a 403 on the site
   * is `TeamsSiteAccessDenied`, a missing folder `TeamsNotProvisioned`.
   *
   * Graph counts these calls on the team's drive (4 requests/s per team or channel): they take
   * their slot on the team, as do the calls on the drive that name the team (`DriveRef.teamId`).
   */
  async resolveChannelFolder(channel: ChannelRef): Promise<ChannelFolder> {
    // One resolution per channel at a time on this node: the mirror jobs of a new link all ask at once.
    const key = `${channel.tenantId}/${channel.teamId}/${channel.channelId}`;
    const pending = this.resolving.get(key);
    if (pending) return pending;
    const work = this.resolveChannelFolderNow(channel).finally(() => this.resolving.delete(key));
    this.resolving.set(key, work);
    return work;
  }

  private async resolveChannelFolderNow(channel: ChannelRef): Promise<ChannelFolder> {
    const team = `${channel.tenantId}/${channel.teamId}`;
    // Every lookup counts on the team, as do the link's later calls on its drive (DriveRef.teamId).
    const teamScope: RateScope = { tenantId: channel.tenantId, channelKey: `team:${channel.teamId}`, cost: 1 };
    let item: GraphDriveItem;
    let driveId: string | undefined;
    if (this.permissionModel === 'all') {
      item = await this.json<GraphDriveItem>(teamScope, 'files-folder', (client) => client.api(`/teams/${enc(channel.teamId)}/channels/${enc(channel.channelId)}/filesFolder`).get());
      driveId = item.parentReference?.driveId;
    } else {
      const info = await this.json<{ displayName?: string; membershipType?: string }>(teamScope, 'other', (client) =>
        client
          .api(`/teams/${enc(channel.teamId)}/channels/${enc(channel.channelId)}`)
          .select(['displayName', 'membershipType'])
          .get(),
      );
      if (info.membershipType && info.membershipType !== 'standard') {
        // Private and shared channels have a site of their own, which would need a grant of its own.
        throw new TeamsInvalidRequest('channelNotStandard', null, 'met Sites.Selected worden alleen standaardkanalen ondersteund');
      }
      if (!info.displayName) throw new TeamsTransient('kanaal zonder naam');
      driveId = this.teamDrives.get(team);
      if (!driveId) {
        const site = await this.json<{ id?: string }>(teamScope, 'other', (client) =>
          client
            .api(`/groups/${enc(channel.teamId)}/sites/root`)
            .select(['id', 'webUrl'])
            .get(),
        );
        if (!site.id) throw new TeamsTransient('site zonder id');
        const siteId = site.id;
        driveId = (
          await this.json<{ id?: string }>(teamScope, 'other', (client) =>
            client
              .api(`/sites/${enc(siteId)}/drive`)
              .select(['id', 'driveType', 'webUrl'])
              .get(),
          )
        ).id;
        if (!driveId) throw new TeamsTransient('site zonder documentbibliotheek');
      }
      const libraryDrive = driveId;
      item = await this.json<GraphDriveItem>(teamScope, 'files-folder', (client) => client.api(`/drives/${enc(libraryDrive)}/root:/${enc(info.displayName as string)}:`).get());
      if (item.folder === undefined) throw new TeamsNotProvisioned();
    }
    if (!driveId) throw new TeamsTransient('filesFolder zonder driveId');
    this.teamDrives.set(team, driveId);
    return { driveId, folderId: item.id, name: item.name ?? '', webUrl: item.webUrl ?? null };
  }

  async ensureFolder(input: EnsureFolderInput): Promise<TeamsDriveItem> {
    let parentId = input.parentId;
    let current: TeamsDriveItem | null = null;
    for (const segment of input.path.split('/').filter((s) => s.trim() !== '')) {
      current = await this.childFolder(input, parentId, segment);
      parentId = current.id;
    }
    return current ?? this.getItem({ tenantId: input.tenantId, driveId: input.driveId, itemId: input.parentId });
  }

  async findByPath(input: FindByPathInput): Promise<TeamsDriveItem | null> {
    const path = input.path
      .split('/')
      .filter((s) => s.trim() !== '')
      .join('/');
    const url = `/drives/${enc(input.driveId)}/items/${enc(input.parentId)}${path ? `:/${encPath(path)}:` : ''}`;
    try {
      const item = await this.json<GraphDriveItem>(driveScope(input, 1), 'other', (client) => client.api(url).get());
      return toTeamsDriveItem(item, input.driveId);
    } catch (error) {
      if (error instanceof TeamsNotFound) return null;
      throw error;
    }
  }

  async uploadSmall(input: SmallUploadInput): Promise<TeamsDriveItem> {
    if (input.content.byteLength > SIMPLE_UPLOAD_MAX_BYTES) {
      throw new RangeError(`uploadSmall takes at most ${SIMPLE_UPLOAD_MAX_BYTES} bytes; use an upload session`);
    }
    const item = await this.json<GraphDriveItem>(driveScope(input, 2), 'other', (client) => {
      let request = client
        .api(`/drives/${enc(input.driveId)}/items/${enc(input.parentId)}:/${enc(input.name)}:/content`)
        .query({ '@microsoft.graph.conflictBehavior': input.conflict })
        .header('Content-Type', 'application/octet-stream');
      if (input.ifMatch) request = request.header('If-Match', input.ifMatch);
      return request.put(Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength));
    });
    return toTeamsDriveItem(item, input.driveId);
  }

  async createUploadSession(input: CreateUploadSessionInput): Promise<UploadSessionState> {
    const body = await this.json<{ uploadUrl: string; expirationDateTime?: string; nextExpectedRanges?: unknown }>(driveScope(input, 2), 'other', (client) => {
      let request = client.api(`/drives/${enc(input.driveId)}/items/${enc(input.parentId)}:/${enc(input.name)}:/createUploadSession`);
      if (input.ifMatch) request = request.header('If-Match', input.ifMatch);
      // Exactly the documented body: `item` (driveItemUploadableProperties + conflict behaviour);
      // `fileSize` is not sent (a top-level one is an unknown parameter; on `item` it is OneDrive Personal only).
      return request.post({ item: { '@microsoft.graph.conflictBehavior': input.conflict } });
    });
    return {
      uploadUrl: body.uploadUrl,
      expiresAt: body.expirationDateTime ? new Date(body.expirationDateTime) : null,
      nextExpectedRanges: parseByteRanges(body.nextExpectedRanges ?? ['0-']),
    };
  }

  async getUploadSession(input: DriveRef & { uploadUrl: string }): Promise<UploadSessionState> {
    const response = await this.uploadUrlCall(driveScope(input, 1), input.uploadUrl, { method: 'GET' });
    if (!response.ok) throw mapGraphError(await readGraphError(response), 'upload-range', this.now());
    const body = (await response.json()) as { expirationDateTime?: string; nextExpectedRanges?: unknown };
    return {
      uploadUrl: input.uploadUrl,
      expiresAt: body.expirationDateTime ? new Date(body.expirationDateTime) : null,
      nextExpectedRanges: parseByteRanges(body.nextExpectedRanges),
    };
  }

  async uploadRange(input: UploadRangeInput): Promise<UploadRangeResult> {
    const end = input.start + input.bytes.byteLength - 1;
    // No Authorization header: the upload URL carries its own credential (Graph docs).
    const response = await this.uploadUrlCall(driveScope(input, 2), input.uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes ${input.start}-${end}/${input.totalSize}`, 'Content-Type': 'application/octet-stream' },
      body: input.bytes,
    });
    if (!response.ok) throw mapGraphError(await readGraphError(response), 'upload-range', this.now());
    const body = (await response.json()) as GraphDriveItem & { nextExpectedRanges?: unknown; expirationDateTime?: string };
    if (response.status === 202) {
      return {
        done: false,
        nextExpectedRanges: parseByteRanges(body.nextExpectedRanges),
        expiresAt: body.expirationDateTime ? new Date(body.expirationDateTime) : null,
      };
    }
    return { done: true, item: toTeamsDriveItem(body, input.driveId) };
  }

  async cancelUploadSession(input: DriveRef & { uploadUrl: string }): Promise<void> {
    const response = await this.uploadUrlCall(driveScope(input, 2), input.uploadUrl, { method: 'DELETE' });
    if (response.ok || response.status === 404) return;
    throw mapGraphError(await readGraphError(response), 'upload-range', this.now());
  }

  async updateItem(input: UpdateItemInput): Promise<TeamsDriveItem> {
    const patch: Record<string, unknown> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.parentId !== undefined) patch.parentReference = { id: input.parentId };
    const item = await this.json<GraphDriveItem>(driveScope(input, 2), 'other', (client) => {
      let request = client.api(`/drives/${enc(input.driveId)}/items/${enc(input.itemId)}`);
      if (input.ifMatch) request = request.header('If-Match', input.ifMatch);
      return request.patch(patch);
    });
    return toTeamsDriveItem(item, input.driveId);
  }

  async deleteItem(input: DeleteItemInput): Promise<void> {
    try {
      await this.send(driveScope(input, 2), 'other', (client) => {
        let request = client.api(`/drives/${enc(input.driveId)}/items/${enc(input.itemId)}`);
        if (input.ifMatch) request = request.header('If-Match', input.ifMatch);
        return request.delete();
      });
    } catch (error) {
      if (error instanceof TeamsNotFound) return; // already gone: the delete is done
      throw error;
    }
  }

  async getItem(input: DriveItemRef): Promise<TeamsDriveItem> {
    const item = await this.json<GraphDriveItem>(driveScope(input, 1), 'other', (client) => client.api(`/drives/${enc(input.driveId)}/items/${enc(input.itemId)}`).get());
    return toTeamsDriveItem(item, input.driveId);
  }

  async delta(input: DeltaInput): Promise<DeltaResult> {
    const changes: DriveChange[] = [];
    let link = input.deltaLink ?? `${this.graphOrigin}/${this.graphVersion}/drives/${enc(input.driveId)}/items/${enc(input.folderId)}/delta`;
    for (let page = 0; page < 10_000; page++) {
      // 2 RU for an enumeration without a token (its first page), 1 RU with one
      const cost: RequestCost = page === 0 && !input.deltaLink ? 2 : 1;
      const body = await this.json<{ value?: GraphDriveItem[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }>(driveScope(input, cost), 'delta', (client) => client.api(link).get());
      for (const item of body.value ?? []) {
        const change = toDriveChange(item, input.driveId);
        if (change) changes.push(change);
      }
      if (body['@odata.deltaLink']) return { changes, deltaLink: body['@odata.deltaLink'] };
      if (!body['@odata.nextLink']) throw new TeamsTransient('delta zonder vervolglink');
      link = body['@odata.nextLink'];
    }
    throw new TeamsTransient('delta blijft pagina’s teruggeven');
  }

  /**
   * `GET /drives/{d}/items/{id}/content` answers 302 with a short-lived, pre-authenticated
   * download URL. The redirect is not followed by fetch: the URL is fetched here without the
   * Authorization header (it carries its own credential, as upload URLs do).
   */
  async downloadContent(input: DriveItemRef): Promise<DriveItemContent> {
    let response = await this.send(
      driveScope(input, 1),
      'other',
      (client) =>
        client
          .api(`/drives/${enc(input.driveId)}/items/${enc(input.itemId)}/content`)
          .option('redirect', 'manual')
          .get(),
      [301, 302, 303, 307, 308],
    );
    if (response.status >= 300) {
      const location = response.headers.get('location');
      if (!location) throw new TeamsTransient('download zonder Location');
      response = await this.uploadUrlCall(driveScope(input, 1), new URL(location, this.graphOrigin).toString(), { method: 'GET' });
      if (!response.ok) throw mapGraphError(await readGraphError(response), 'other', this.now());
    }
    const length = response.headers.get('content-length');
    const body = response.body ? Readable.fromWeb(response.body as unknown as Parameters<typeof Readable.fromWeb>[0]) : Readable.from([]);
    return { content: body, size: length !== null && /^\d+$/.test(length) ? Number(length) : null };
  }

  // ------------------------------------------------------------------ plumbing

  private async childFolder(ref: DriveRef, parentId: string, name: string): Promise<TeamsDriveItem> {
    const path = `/drives/${enc(ref.driveId)}/items/${enc(parentId)}`;
    try {
      const existing = await this.json<GraphDriveItem>(driveScope(ref, 1), 'other', (client) => client.api(`${path}:/${encPath(name)}:`).get());
      return toTeamsDriveItem(existing, ref.driveId);
    } catch (error) {
      if (!(error instanceof TeamsNotFound)) throw error;
    }
    try {
      const created = await this.json<GraphDriveItem>(driveScope(ref, 2), 'other', (client) => client.api(`${path}/children`).post({ name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' }));
      return toTeamsDriveItem(created, ref.driveId);
    } catch (error) {
      // created concurrently by another worker: use that one
      if (!(isTeamsDriveError(error) && error.kind === 'conflict')) throw error;
      const existing = await this.json<GraphDriveItem>(driveScope(ref, 1), 'other', (client) => client.api(`${path}:/${encPath(name)}:`).get());
      return toTeamsDriveItem(existing, ref.driveId);
    }
  }

  private async json<T>(scope: RateScope, kind: GraphCallKind, call: (client: RawClient) => Promise<unknown>): Promise<T> {
    const response = await this.send(scope, kind, call);
    return (await response.json()) as T;
  }

  /** Runs one Graph call for a tenant; non-2xx becomes a typed error. */
  private async send(scope: RateScope, kind: GraphCallKind, call: (client: RawClient) => Promise<unknown>, alsoOk: readonly number[] = []): Promise<Response> {
    const tenantId = scope.tenantId;
    for (let attempt = 1; ; attempt++) {
      // Acquire first: identity failures surface as typed errors (inside the Graph client's
      // AuthenticationHandler they would be flattened into a GraphError). The handler then
      // uses exactly this token through per-request AuthenticationHandlerOptions.
      const token = await this.credentials.token(tenantId);
      let response: Response;
      const slot = await this.gate?.acquire(scope);
      try {
        response = (await call(new RawClient(this.client(tenantId), token))) as Response;
        await this.reportThrottling(scope, response);
      } catch (error) {
        if (isTeamsDriveError(error)) throw error;
        throw new TeamsTransient(error instanceof Error ? error.message : String(error));
      } finally {
        await slot?.answered();
      }
      if (response.ok || alsoOk.includes(response.status)) return response;
      const info = await readGraphError(response);
      if (response.status === 401 && attempt === 1) {
        // A token the cache still trusted was rejected (expired early, revoked): start over.
        this.credentials.invalidate(tenantId);
        continue;
      }
      const mapped: TeamsDriveError = mapGraphError(info, kind, this.now());
      if (mapped instanceof TeamsAuthFailed && response.status === 401) this.credentials.invalidate(tenantId);
      throw mapped;
    }
  }

  /** An upload or download URL (its own credential, no Authorization header), with a slot from the gate. */
  private async uploadUrlCall(scope: RateScope, uploadUrl: string, init: Parameters<FetchFn>[1]): Promise<Response> {
    const slot = await this.gate?.acquire(scope);
    try {
      const response = await this.fetchFn(uploadUrl, init).catch((error: unknown) => {
        throw new TeamsTransient(error instanceof Error ? error.message : String(error));
      });
      await this.reportThrottling(scope, response);
      return response;
    } finally {
      await slot?.answered();
    }
  }

  /** A 429, or 503 with Retry-After: the whole tenant and the channel wait it out, on every node. */
  private async reportThrottling(scope: RateScope, response: Response): Promise<void> {
    if (!this.gate || (response.status !== 429 && response.status !== 503)) return;
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), this.now());
    if (retryAfterMs !== null) await this.gate.throttled(scope, retryAfterMs);
  }

  private client(tenantId: string): Client {
    let client = this.clients.get(tenantId);
    if (!client) {
      const authProvider: AuthenticationProvider = { getAccessToken: () => this.credentials.token(tenantId) };
      client = Client.initWithMiddleware({
        baseUrl: this.graphOrigin,
        defaultVersion: this.graphVersion,
        customHosts: new Set([this.graphHost]),
        middleware: [new AuthenticationHandler(authProvider), new FetchMiddleware(this.fetchFn)],
      });
      this.clients.set(tenantId, client);
    }
    return client;
  }
}

/**
 * Every request returns the raw Response (status and Retry-After stay readable) and carries
 * the token acquired for it.
 */
class RawClient {
  private readonly auth: AuthenticationHandlerOptions;

  constructor(
    private readonly client: Client,
    token: string,
  ) {
    this.auth = new AuthenticationHandlerOptions({ getAccessToken: async () => token });
  }

  api(path: string): GraphRequest {
    return this.client.api(path).responseType(ResponseType.RAW).middlewareOptions([this.auth]);
  }
}

// Helpers for suites that run the built API against the fake Graph server (tools/teams-fake):
// a school tenant with a provisioned channel, the API's MS_GRAPH_* environment, linking a group,
// uploading documents over multipart, and reading back the files the fake holds.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamsFake, type TeamsFake } from '@verbinder/testing/teams-fake';
import { startApi, type ApiHandle } from './api-process';
import { SetLater } from './api-suite';
import { demoIds, signedIn } from './fixtures';
import type { GraphqlHttpClient } from './graphql-client';
import { waitFor } from './timing';
import { werkgroepIds } from './werkgroepen-fixtures';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export interface FakeSchool {
  tenantGuid: string;
  teamId: string;
  driveId: string;
  channelId: string;
  channelFolderId: string;
}

/** The tenant id of the demo region's Microsoft 365 tenant "Demo vmbo" (apps/api/src/demo/teams-mirror-demo.ts). */
export const DEMO_TENANT = '7b0d1e2f-3a4b-4c5d-8e6f-000000000001';

export interface FakeWithDir {
  fake: TeamsFake;
  /** A fresh temporary folder (for the fake's CA file, or as the API's DATA_DIR). */
  dir: string;
  /** Stops the fake and removes the folder. */
  stop(): Promise<void>;
}

/** Starts the HTTPS Teams fake and makes a temporary folder named after `prefix`. */
export async function startFakeWithDir(prefix: string): Promise<FakeWithDir> {
  const fake = await startTeamsFake();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    fake,
    dir,
    stop: async () => {
      try {
        await fake.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface TeamsApi {
  teams: FakeWithDir;
  fake: TeamsFake;
  school: FakeSchool;
  api: ApiHandle;
  beheerder: GraphqlHttpClient;
  docent: GraphqlHttpClient;
  /** Stops the API, then the fake (and removes its folder); problems while stopping are ignored. */
  stop(): Promise<void>;
}

/**
 * The setup of the Teams suites: the HTTPS fake with a school tenant (fakeSchool), the built API
 * against it (teamsFakeEnv plus `env`, the fake's folder as DATA_DIR), and the demo beheerder and
 * docent signed in. When the API does not start, the fake is stopped before the error is thrown.
 */
export async function startTeamsApi(prefix: string, env: Record<string, string> = {}, readyTimeoutMs?: number): Promise<TeamsApi> {
  const teams = await startFakeWithDir(prefix);
  const school = fakeSchool(teams.fake);
  let api: ApiHandle;
  try {
    api = await startApi({ dataDir: teams.dir, env: teamsFakeEnv(teams.fake, teams.dir, env), ...(readyTimeoutMs ? { readyTimeoutMs } : {}) });
  } catch (error) {
    await teams.stop().catch(() => undefined);
    throw error;
  }
  const stop = async () => {
    await api.stop().catch(() => undefined);
    await teams.stop().catch(() => undefined);
  };
  try {
    const beheerder = await signedIn(api.url, 'beheerder');
    const docent = await signedIn(api.url, 'docent');
    return { teams, fake: teams.fake, school, api, beheerder, docent, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The running parts of a Teams suite (teamsSuite); read them inside the tests. */
export type TeamsSuite = Readonly<Omit<TeamsApi, 'stop'>>;

/**
 * Registers the beforeAll (startTeamsApi with `prefix`, `env` and `readyTimeoutMs`; `timeoutMs` for the
 * whole hook) and the afterAll (API and fake stopped) of a Teams suite; returns its parts as getters.
 */
export function teamsSuite(prefix: string, env: Record<string, string> = {}, { readyTimeoutMs, timeoutMs = 120_000 }: { readyTimeoutMs?: number; timeoutMs?: number } = {}): TeamsSuite {
  const late = SetLater.all<TeamsSuite>(['teams', 'fake', 'school', 'api', 'beheerder', 'docent'], 'the Teams suite did not start');
  let started: TeamsApi | undefined;
  beforeAll(async () => {
    started = await startTeamsApi(prefix, env, readyTimeoutMs);
    Object.assign(late.values, started);
  }, timeoutMs);
  afterAll(async () => {
    await started?.stop();
  });
  return late.on({});
}

/** The demo tenant (DEMO_TENANT, "Demo vmbo") in the fake with the team "Vakgroep Engels" and its channel "Engels" (not provisioned). */
export function demoTenantTeam(fake: TeamsFake): { teamId: string; driveId: string; channelId: string } {
  fake.createTenant({ tenantId: DEMO_TENANT, displayName: 'Demo vmbo' });
  const team = fake.createTeam({ tenantId: DEMO_TENANT, displayName: 'Vakgroep Engels' });
  return { teamId: team.id, driveId: team.driveId, channelId: fake.createChannel({ teamId: team.id, displayName: 'Engels' }).id };
}

/** A tenant with one team and one provisioned channel in the fake. */
export function fakeSchool(fake: TeamsFake): FakeSchool {
  const tenantGuid = fake.createTenant({ displayName: 'Vmbo De Brug' }).id;
  const team = fake.createTeam({ tenantId: tenantGuid, displayName: 'Vakgroep Engels' });
  const channel = fake.createChannel({ teamId: team.id, displayName: 'Engels' });
  return { tenantGuid, teamId: team.id, driveId: team.driveId, channelId: channel.id, channelFolderId: fake.provision(team.id, channel.id).folderId };
}

/**
 * The API's environment for talking to a running fake: client credentials, the fake's token
 * service and Graph URL, and its CA (written to `dir/teams-fake-ca.pem`), plus a fast outbox and
 * webhooks to the fake on localhost allowed (WEBHOOK_ALLOW_PRIVATE_ADDRESSES);
 * `extra` is added last.
 */
export function teamsFakeEnv(fake: TeamsFake, dir: string, extra: Record<string, string> = {}): Record<string, string> {
  const caFile = join(dir, 'teams-fake-ca.pem');
  writeFileSync(caFile, fake.ca);
  return {
    MS_GRAPH_CLIENT_ID: fake.clientId,
    MS_GRAPH_CLIENT_SECRET: fake.clientSecret,
    MS_GRAPH_AUTHORITY_HOST: fake.url,
    MS_GRAPH_BASE_URL: fake.graphBaseUrl,
    MS_GRAPH_CA_FILE: caFile,
    OUTBOX_POLL_MS: '200',
    // The fake's webhooks live on https://localhost: allowed for this test-only setting (refused in production).
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    ...extra,
  };
}

/** Registers the school's tenant (beheerder) and links the group to its channel; returns the link id. */
export async function linkGroup(beheerder: GraphqlHttpClient, regionId: string, werkgroepId: string, school: FakeSchool): Promise<string> {
  const { registerTeamsTenant } = await beheerder.request<{ registerTeamsTenant: { id: string } }>('mutation($i: TeamsTenantInput!) { registerTeamsTenant(input: $i) { id } }', {
    i: { regionId, tenantId: school.tenantGuid, name: 'Vmbo De Brug' },
  });
  const { linkTeamsChannel } = await beheerder.request<{ linkTeamsChannel: { id: string } }>('mutation($i: TeamsLinkInput!) { linkTeamsChannel(input: $i) { id } }', {
    i: { werkgroepId, tenantId: registerTeamsTenant.id, teamId: school.teamId, channelId: school.channelId },
  });
  return linkTeamsChannel.id;
}

/** The set-up of most Teams suites: the demo region's Engels werkgroep, linked by the beheerder to the school's channel. */
export async function linkEngels(beheerder: GraphqlHttpClient, school: FakeSchool): Promise<{ regionId: string; engels: string }> {
  const { regionId } = await demoIds(beheerder);
  const engels = (await werkgroepIds(beheerder, regionId)).engelsWerkgroepId;
  await linkGroup(beheerder, regionId, engels, school);
  return { regionId, engels };
}

/**
 * Uploads a new document to a group over multipart as `client` (as the browser does:
 * POST /bestanden/werkgroepen/:id with `fields` such as title and folderId); returns the document.
 */
export async function uploadDocument(
  apiUrl: string,
  client: GraphqlHttpClient,
  werkgroepId: string,
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = {},
): Promise<{ id: string; currentVersion: number }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file.bytes]), file.name);
  const response = await fetch(`${apiUrl}/bestanden/werkgroepen/${werkgroepId}`, { method: 'POST', body: form, headers: { cookie: client.cookieHeader() } });
  const body = (await response.json()) as { document?: { id: string; currentVersion: number } };
  if (response.status !== 201 || !body.document) throw new Error(`upload of ${file.name} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.document;
}

export interface MirrorStatus {
  documentId: string;
  status: string;
  mirroredVersion: number | null;
  mirroredName: string | null;
  lastError: string | null;
}

export async function documentMirrors(client: GraphqlHttpClient, werkgroepId: string): Promise<MirrorStatus[]> {
  const { documentMirrors: mirrors } = await client.request<{ documentMirrors: MirrorStatus[] }>(
    'query($w: ID!) { documentMirrors(werkgroepId: $w) { documentId status mirroredVersion mirroredName lastError } }',
    { w: werkgroepId },
  );
  return mirrors;
}

/** Waits until every listed document (or, without a list, every item of the group) is MIRRORED; fails fast on FAILED. */
export function allMirrored(client: GraphqlHttpClient, werkgroepId: string, documentIds?: string[], timeoutMs = 120_000): Promise<MirrorStatus[]> {
  return waitFor(
    `${documentIds?.length ?? 'all'} documents mirrored`,
    async () => {
      const mirrors = await documentMirrors(client, werkgroepId);
      const failed = mirrors.find((m) => m.status === 'FAILED');
      if (failed) throw new Error(`document ${failed.documentId} failed: ${failed.lastError}`);
      const wanted = documentIds ? mirrors.filter((m) => documentIds.includes(m.documentId)) : mirrors;
      const complete = documentIds ? wanted.length === documentIds.length : wanted.length > 0;
      return complete && wanted.every((m) => m.status === 'MIRRORED') ? wanted : null;
    },
    timeoutMs,
  );
}

/** Files (not folders) below the channel folder, with their path below it. */
export function channelFiles(fake: TeamsFake, school: FakeSchool): Array<{ path: string; name: string; size: number; sha256: string }> {
  const drive = fake.drives.get(school.driveId);
  if (!drive) throw new Error(`drive ${school.driveId} not in the fake`);
  const pathBelowChannel = (parentId: string | null): string[] | null => {
    const parts: string[] = [];
    for (let current = parentId; current; current = drive.items.get(current)?.parentId ?? null) {
      if (current === school.channelFolderId) return parts;
      const folder = drive.items.get(current);
      if (!folder) return null;
      parts.unshift(folder.name);
    }
    return null;
  };
  return [...drive.items.values()]
    .filter((item) => !item.deleted && !item.folder)
    .flatMap((item) => {
      const path = pathBelowChannel(item.parentId);
      return path ? [{ path: [...path, item.name].join('/'), name: item.name, size: item.content.length, sha256: sha256(item.content) }] : [];
    });
}

/** Byte ranges of the accepted range PUTs in the fake's request log: [start, end] inclusive. */
export function acceptedRanges(fake: TeamsFake): Array<{ start: number; end: number; total: number }> {
  return fake
    .requestLog({ kind: 'upload', method: 'PUT' })
    .filter((r) => r.status >= 200 && r.status < 300)
    .map((r) => {
      const m = /bytes (\d+)-(\d+)\/(\d+)/.exec(r.contentRange ?? '');
      if (!m) throw new Error(`range PUT without Content-Range: ${r.path}`);
      return { start: Number(m[1]), end: Number(m[2]), total: Number(m[3]) };
    });
}

/**
 * What the fake holds against the app beyond single-request rules (the stricter reading of
 * Microsoft's throttling guidance), counted rather than refused so tests and the benchmark can
 * assert "zero":
 *
 * - **Retry-After windows.** After the fake answered a request of a tenant with 429/503 and
 *   `Retry-After: n`, every request of that app in that tenant (Graph, upload and download URLs)
 *   that *arrives* after the answer was sent and before the n seconds have passed is a violation
 *   ("wait before retrying or making a new request"). Requests already under way when the
 *   answer was sent are not: the app could not have known. "Under way" is arrival before the
 *   answer was sent, or within IN_FLIGHT_GRACE_MS after it (less than the answer needs to reach a
 *   client and be read: the client and the fake often share one busy event loop in tests).
 * - **4 requests per second per channel drive.** More than 4 requests to one drive (Graph calls
 *   on `/drives/{d}`, its `filesFolder`, its upload and download URLs) arriving within any
 *   1-second window (sliding, by arrival) is a violation; throttled requests count too.
 *
 * Times are this process's monotonic clock (`performance.now()`), taken when the request's
 * headers arrived.
 */
export const CHANNEL_REQUESTS_PER_SECOND = 4;
export const IN_FLIGHT_GRACE_MS = 20;

export interface ThrottleWindow {
  tenantId: string;
  /** When the 429/503 was sent (ms, monotonic). */
  startMs: number;
  endMs: number;
  status: number;
}

/** What `violations()` needs of a logged request. */
export interface TimedRequest {
  method: string;
  path: string;
  status: number;
  kind: string;
  tenantId: string | null;
  driveId?: string | null;
  arrivedMs?: number;
}

export interface RetryAfterViolation {
  method: string;
  path: string;
  tenantId: string;
  /** How long after the 429/503 was sent the request arrived, and how much of the window was left. */
  afterMs: number;
  earlyByMs: number;
}

export interface ChannelRateViolation {
  driveId: string;
  /** Requests to the drive in the 1-second window ending with this request. */
  requestsInSecond: number;
  method: string;
  path: string;
}

export interface Violations {
  retryAfter: RetryAfterViolation[];
  channelRate: ChannelRateViolation[];
  /** The most requests to one drive seen in any 1-second window. */
  busiestSecond: number;
}

const COUNTED_KINDS = new Set(['graph', 'upload', 'download']);

export class StrictnessLedger {
  windows: ThrottleWindow[] = [];

  /** A 429/503 with Retry-After was sent now. */
  throttled(tenantId: string, retryAfterSeconds: number, status: number, nowMs = performance.now()): void {
    this.windows.push({ tenantId, startMs: nowMs, endMs: nowMs + retryAfterSeconds * 1000, status });
  }

  reset(): void {
    this.windows = [];
  }

  violations(requests: readonly TimedRequest[]): Violations {
    const counted = requests.filter((r) => COUNTED_KINDS.has(r.kind) && typeof r.arrivedMs === 'number');
    const retryAfter: RetryAfterViolation[] = [];
    for (const request of counted) {
      if (!request.tenantId) continue;
      const arrived = request.arrivedMs as number;
      const window = this.windows.find((w) => w.tenantId === request.tenantId && w.startMs + IN_FLIGHT_GRACE_MS <= arrived && arrived < w.endMs);
      if (window) {
        retryAfter.push({ method: request.method, path: request.path, tenantId: request.tenantId, afterMs: Math.round(arrived - window.startMs), earlyByMs: Math.round(window.endMs - arrived) });
      }
    }
    const byDrive = new Map<string, TimedRequest[]>();
    for (const request of counted) {
      if (!request.driveId) continue;
      const list = byDrive.get(request.driveId) ?? [];
      list.push(request);
      byDrive.set(request.driveId, list);
    }
    const channelRate: ChannelRateViolation[] = [];
    let busiestSecond = 0;
    for (const [driveId, list] of byDrive) {
      list.sort((a, b) => (a.arrivedMs as number) - (b.arrivedMs as number));
      let first = 0;
      for (let i = 0; i < list.length; i++) {
        const at = list[i].arrivedMs as number;
        while ((list[first].arrivedMs as number) <= at - 1000) first++;
        const inSecond = i - first + 1;
        busiestSecond = Math.max(busiestSecond, inSecond);
        if (inSecond > CHANNEL_REQUESTS_PER_SECOND) channelRate.push({ driveId, requestsInSecond: inSecond, method: list[i].method, path: list[i].path });
      }
    }
    return { retryAfter, channelRate, busiestSecond };
  }
}

const UPLOADABLE_ITEM_PROPERTIES = new Set(['@odata.type', '@microsoft.graph.conflictBehavior', 'name', 'description', 'fileSize', 'fileSystemInfo', 'driveItemSource', 'mediaSource']);

/**
 * The body of `createUploadSession` as Microsoft documents it: `item`
 * (driveItemUploadableProperties + `@microsoft.graph.conflictBehavior`) and optional
 * `deferCommit`. Anything else is refused, as a strict Graph would: answers the problem, or null.
 */
export function uploadSessionBodyProblem(body: Record<string, unknown>): string | null {
  for (const key of Object.keys(body)) {
    if (key !== 'item' && key !== 'deferCommit') return `Unknown parameter '${key}' in the request body; expected 'item' and optionally 'deferCommit'.`;
  }
  if (body.deferCommit !== undefined && typeof body.deferCommit !== 'boolean') return "'deferCommit' must be a boolean.";
  if (body.deferCommit === true) return "'deferCommit: true' is not supported by this fake (the mirror never defers the commit).";
  if (body.item === undefined) return null;
  if (typeof body.item !== 'object' || body.item === null || Array.isArray(body.item)) return "'item' must be an object.";
  for (const key of Object.keys(body.item)) {
    if (!UPLOADABLE_ITEM_PROPERTIES.has(key)) return `Unknown property '${key}' on 'item' (driveItemUploadableProperties).`;
  }
  return null;
}

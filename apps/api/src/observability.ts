import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { JsonLogger, requestContext } from '@verbinder/platform/events';

/** An incoming X-Request-Id is kept when it looks like one (from a proxy); otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Request ids: every request gets one (`X-Request-Id` on the response), and every log line written
 * while serving it carries it (`requestContext`). Failed requests (5xx) and slow ones (> 2 s) are
 * logged at info level with method, path, status and duration; all others at debug level.
 */
export function requestIdMiddleware(logger: JsonLogger): RequestHandler {
  const log = logger.child({ component: 'http' });
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const fields = { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) };
      if (res.statusCode >= 500 || ms > 2000) log.info('request', fields);
      else log.debug('request', fields);
    });
    requestContext.run({ requestId }, next);
  };
}

/** A route label with bounded cardinality: the Express route when there is one, else the area. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: string } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  const path = (req.originalUrl || req.url).split('?')[0];
  for (const prefix of ['/graphql', '/publiek', '/bestanden', '/verhalen', '/loket', '/agenda', '/auth', '/socket.io']) if (path === prefix || path.startsWith(`${prefix}/`)) return `${prefix}/*`;
  return 'other';
}

export interface Metrics {
  registry: Registry;
  middleware: RequestHandler;
  /** Gauges read at scrape time (socket.io clients, page cache size, outbox backlog). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void;
  /** A gauge with one label, read at scrape time as a value per label value. */
  gaugeBy(name: string, help: string, label: string, read: () => Record<string, number>): void;
}

/**
 * Prometheus metrics (prom-client): the process (CPU, memory, event-loop lag, GC) and HTTP
 * requests by method, route and status with their durations. Served at GET /metrics.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'verbinder-api' });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    middleware: (req, res, next) => {
      const end = duration.startTimer();
      res.once('finish', () => {
        const route = routeOf(req);
        requests.inc({ method: req.method, route, status: String(res.statusCode) });
        end({ method: req.method, route });
      });
      next();
    },
    gauge: (name, help, read) => {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          this.set(await read());
        },
      });
    },
    gaugeBy: (name, help, label, read) => {
      new Gauge({
        name,
        help,
        labelNames: [label],
        registers: [registry],
        collect() {
          for (const [value, n] of Object.entries(read())) this.set({ [label]: value }, n);
        },
      });
    },
  };
}

/**
 * GET /metrics in the Prometheus text format. Open to loopback callers (a scraper beside the API);
 * from elsewhere only with `Authorization: Bearer <METRICS_TOKEN>` when that is set.
 */
export function metricsHandler(metrics: Metrics, token: string | null): RequestHandler {
  return async (req, res) => {
    // req.ip: the client behind trusted proxies (TRUST_PROXY), so that a load balancer on the same
    // host does not make every outside caller look local.
    const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.ip ?? req.socket.remoteAddress ?? '');
    const authorised = token !== null && req.headers.authorization === `Bearer ${token}`;
    if (!loopback && !authorised) {
      res
        .status(token ? 401 : 403)
        .type('text/plain; charset=utf-8')
        .send(token ? 'Geef het METRICS_TOKEN mee.' : 'Metrics zijn alleen lokaal op te vragen (of zet METRICS_TOKEN).');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

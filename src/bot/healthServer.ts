// GET /healthz (gateway and database state, as JSON; 503 when not serving) and GET /metrics (Prometheus
// text). Off unless METRICS_PORT is set, and on 127.0.0.1 unless METRICS_HOST says otherwise, since the
// metrics describe the deployment.
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';

/** What /healthz reports. */
export interface Health {
  /** The gateway connection, or "not used" by the HTTP interactions endpoint. */
  gateway: 'ready' | 'connecting' | 'disconnected' | 'not used';
  /** "not configured" until a database backs storage. */
  database: 'up' | 'down' | 'not configured';
  factBase: string;
}

export function healthStatus(health: Health): 'ok' | 'unavailable' {
  const gatewayOk = health.gateway === 'ready' || health.gateway === 'not used';
  return gatewayOk && health.database !== 'down' ? 'ok' : 'unavailable';
}

/** Adds GET /healthz to a server: the metrics server, and the interactions endpoint for load balancers. */
export function addHealthRoute(app: FastifyInstance, health: () => Health) {
  app.get('/healthz', async (_request, reply) => {
    const current = health();
    const status = healthStatus(current);
    return reply.code(status === 'ok' ? 200 : 503).send({ status, ...current });
  });
}

export async function startHealthServer(options: {
  host: string;
  port: number;
  /** The Prometheus text to serve: one process's registry, or every shard's gathered by the manager. */
  metrics: () => Promise<string>;
  health: () => Health;
}) {
  const app = Fastify({ logger: false });
  addHealthRoute(app, options.health);
  app.get('/metrics', async (_request, reply) =>
    reply.type(Registry.PROMETHEUS_CONTENT_TYPE).send(await options.metrics()),
  );
  const address = await app.listen({ host: options.host, port: options.port });
  return { address, close: () => app.close() };
}

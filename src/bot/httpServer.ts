// INTERACTIONS_MODE=http: Discord POSTs each interaction to POST /interactions on HOST:PORT. Every request's
// Ed25519 signature is checked (401 when bad or stale); PING gets PONG; everything else runs the same
// handlers as the gateway. Nothing needed to answer lives in the process beyond the fact base (cooldowns
// sit behind a store interface), so instances can run side by side behind a load balancer.
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { REST } from 'discord.js';
import Fastify from 'fastify';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Engine } from '../search/engine.js';
import type { CommandContext } from '../../commands/command.js';
import { addHealthRoute, startHealthServer, type Health } from './healthServer.js';
import { createHttpInteractionHandler } from './httpInteractions.js';
import { keepRetention } from '../store/open.js';
import type { Store } from '../store/store.js';
import { watchDataDir } from './reload.js';
import { checkSignature, publicKeyFromHex } from './signature.js';
import { createInFlight, createShutdown, type InFlight } from './shutdown.js';
import { createContext } from './start.js';
import { createTelemetry, type Telemetry } from './telemetry.js';

export interface InteractionsServerOptions {
  context: CommandContext;
  telemetry: Telemetry;
  logger: Logger;
  publicKey: string;
  applicationId: string;
  rest: REST;
  canPost: boolean;
  deferAfterMs?: number;
  /** Seconds since the epoch, for the signature's age; a test passes its own clock. */
  now?: () => number;
  /** The curation database, for /healthz. */
  store?: Store;
  /** The interactions being handled (and the context's store calls), for a stop to wait for. */
  inFlight?: InFlight;
}

/** The fastify app serving POST /interactions and GET /healthz; not yet listening. */
export function createInteractionsServer(options: InteractionsServerOptions) {
  const { logger, telemetry, context } = options;
  const key = publicKeyFromHex(options.publicKey);
  const now = options.now ?? (() => Date.now() / 1000);
  const handle = createHttpInteractionHandler(context, options);
  const inFlight = options.inFlight ?? createInFlight();
  let stopping = false;
  const app = Fastify({ logger: false });
  // The signature covers the exact bytes Discord sent, so the body is kept raw and parsed only once checked.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  const health = (): Health => ({
    gateway: 'not used',
    database: options.store ? options.store.status() : 'not configured',
    factBase: context.engine().base.version,
  });
  addHealthRoute(app, health);

  app.post('/interactions', async (request, reply) => {
    if (stopping) return reply.code(503).send({ error: 'shutting down' });
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const header = (name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const check = checkSignature(
      key,
      { signature: header('x-signature-ed25519'), timestamp: header('x-signature-timestamp') },
      raw,
      now(),
    );
    if (!check.ok) {
      logger.warn('refused an interaction request', { reason: check.reason });
      return reply.code(401).send({ error: 'invalid request signature' });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      return reply.code(400).send({ error: 'the body is not JSON' });
    }
    const started = performance.now();
    const response = await new Promise<APIInteractionResponse>((respond) => {
      void inFlight.track(
        handle(interaction, respond).then((outcome) =>
          telemetry.interaction(outcome, (performance.now() - started) / 1000),
        ),
      );
    });
    return reply.send(response);
  });

  return {
    app,
    inFlight,
    health,
    /** Refuses new interactions (503) from now on; those in flight finish. */
    stopTaking() {
      stopping = true;
    },
  };
}

/** Runs the HTTP interactions endpoint until SIGTERM or SIGINT. */
export async function startHttpBot(options: {
  config: Config;
  engine: Engine;
  dataDir: string;
  logger: Logger;
  exit?: (code: number) => void;
  signals?: Pick<NodeJS.Process, 'once'>;
  /** The curation database; without it nothing is recorded and feedback is unavailable. */
  store?: Store;
}) {
  const { config, logger, store } = options;
  if (!config.DISCORD_PUBLIC_KEY || !config.DISCORD_APPLICATION_ID)
    throw new Error('INTERACTIONS_MODE=http needs DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID');
  const telemetry = createTelemetry({ logger });
  const inFlight = createInFlight();
  const context = createContext({ ...options, telemetry, inFlight });
  const rest = new REST({ version: '10', api: config.DISCORD_API_BASE });
  if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
  const server = createInteractionsServer({
    context,
    telemetry,
    logger,
    publicKey: config.DISCORD_PUBLIC_KEY,
    applicationId: config.DISCORD_APPLICATION_ID,
    rest,
    canPost: Boolean(config.DISCORD_TOKEN),
    store,
    inFlight,
  });
  const stopRetention = store ? keepRetention(store, config.RETENTION_DAYS, logger) : undefined;
  const metrics = config.METRICS_PORT
    ? await startHealthServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics: () => telemetry.registry.metrics(),
        health: server.health,
      })
    : undefined;
  const address = await server.app.listen({ host: config.HOST, port: config.PORT });
  logger.info('interactions endpoint listening', {
    address: `${address}/interactions`,
    factBase: context.engine().base.version,
    ...(metrics && { metrics: metrics.address }),
  });
  const watcher =
    config.WATCH_DATA && context.reload ? watchDataDir(options.dataDir, context.reload, logger) : undefined;
  const shutdown = createShutdown({
    logger,
    inFlight: server.inFlight,
    close: [
      () => watcher?.close(),
      () => server.app.close(),
      () => metrics?.close(),
      () => stopRetention?.(),
      () => store?.close(),
    ],
    exit: options.exit ?? ((code) => process.exit(code)),
  });
  const signals = options.signals ?? process;
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    signals.once(signal, () => {
      server.stopTaking();
      void shutdown.stop(signal);
    });
  return { address, shutdown, telemetry };
}

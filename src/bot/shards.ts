// GATEWAY_SHARDS=auto or a number: discord.js's ShardingManager forks one process per shard (src/shard.ts)
// and this process supervises them. It serves /healthz and /metrics for all of them: each shard's own
// metrics, gathered over the manager's IPC and summed, plus each shard process's status. A shard that dies
// takes the whole bot down with status 1, so one supervisor restart brings every shard back.
import { ShardingManager, type Shard } from 'discord.js';
import { REST } from 'discord.js';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { once } from 'node:events';
import { AggregatorRegistry, Gauge, Registry } from 'prom-client';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { NODE_OPTIONS } from '../runtime.js';
import { startHealthServer, type Health } from './healthServer.js';
import { SHUTDOWN_GRACE_MS } from './shutdown.js';
import { SHARD_STATES, type ShardState } from './telemetry.js';

/** The name under which a shard process exposes its metrics to the manager's broadcastEval. */
export const SHARD_METRICS_GLOBAL = '__factdeskShardMetrics';

/** How many shards Discord recommends for this bot, asked through DISCORD_API_BASE. */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST({ version: '10', api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN ?? '');
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

export async function startShardManager(options: {
  config: Config;
  logger: Logger;
  exit?: (code: number) => void;
  signals?: Pick<NodeJS.Process, 'once'>;
}) {
  const { config, logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  if (!config.DISCORD_TOKEN) throw new Error('GATEWAY_SHARDS needs DISCORD_TOKEN');
  const total =
    config.GATEWAY_SHARDS === 'auto' ? await recommendedShards(config) : Number(config.GATEWAY_SHARDS);
  // From source (npm run dev, tests) the shard is TypeScript and runs under tsx; the build runs JavaScript.
  const fromSource = import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(
    new URL(`../shard.${fromSource ? 'ts' : 'js'}`, import.meta.url).pathname,
    {
      token: config.DISCORD_TOKEN,
      totalShards: total,
      respawn: false,
      execArgv: [...NODE_OPTIONS, ...(fromSource ? ['--import', 'tsx'] : [])],
    },
  );

  const registry = new Registry();
  const status = new Gauge({
    name: 'factdesk_shard_process_status',
    help: 'Each shard process as the manager sees it: 1 ready, 0.5 starting or reconnecting, 0 dead',
    labelNames: ['shard'] as const,
    registers: [registry],
  });
  const states = new Map<number, ShardState>();
  const setState = (id: number, state: ShardState) => {
    states.set(id, state);
    status.set({ shard: String(id) }, SHARD_STATES[state]);
  };
  let stopping = false;

  async function stop(reason: string, code: number) {
    if (stopping) return;
    stopping = true;
    logger.info('stopping shards', { reason });
    // Each shard stops cleanly on SIGTERM (finishing its interactions); a stuck one is killed after the grace.
    await Promise.all(
      [...manager.shards.values()].map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_GRACE_MS + 2000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await health?.close();
    logger.info('stopped', { code });
    exit(code);
  }

  manager.on('shardCreate', (shard: Shard) => {
    setState(shard.id, 'connecting');
    shard.on('ready', () => setState(shard.id, 'ready'));
    shard.on('resume', () => setState(shard.id, 'ready'));
    shard.on('reconnecting', () => setState(shard.id, 'connecting'));
    shard.on('disconnect', () => setState(shard.id, 'disconnected'));
    shard.on('death', (child) => {
      setState(shard.id, 'disconnected');
      if (stopping) return;
      const exitCode = 'exitCode' in child ? child.exitCode : null;
      logger.error('shard process died', { shard: shard.id, exitCode });
      void stop(`shard ${shard.id} died`, 1);
    });
  });

  async function metrics(): Promise<string> {
    const perShard = await Promise.allSettled(
      [...manager.shards.values()].map(
        (shard) =>
          shard.eval(
            (_client, name) => (globalThis as unknown as Record<string, () => unknown>)[name]?.() ?? [],
            SHARD_METRICS_GLOBAL,
          ) as Promise<Awaited<ReturnType<Registry['getMetricsAsJSON']>>>,
      ),
    );
    const collected = perShard.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    return AggregatorRegistry.aggregate([await registry.getMetricsAsJSON(), ...collected]).metrics();
  }

  const health = config.METRICS_PORT
    ? await startHealthServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        metrics,
        health: (): Health => {
          const all = [...states.values()];
          const gateway =
            all.length === total && all.every((s) => s === 'ready')
              ? 'ready'
              : all.includes('disconnected')
                ? 'disconnected'
                : 'connecting';
          return { gateway, database: 'not configured', factBase: 'per shard' };
        },
      })
    : undefined;
  if (health) logger.info('health and metrics listening', { address: health.address, shards: total });

  const signals = options.signals ?? process;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) signals.once(signal, () => void stop(signal, 0));
  logger.info('starting shards', { shards: total });
  // 5.5 s between shards: Discord allows one identify per 5 s (per concurrency bucket).
  await manager.spawn({ amount: total, delay: 5500 });
  return { manager, metrics, stop };
}

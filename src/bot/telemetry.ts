// What an operator sees of a running bot: one log line per interaction (what ran, how it ended, how long it
// took, how confident an answer was; never who asked or what) and the same facts as Prometheus metrics.
// Shared by the gateway bot, the HTTP endpoint and the shard manager.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FactBase } from '../facts/load.js';
import type { Logger } from '../logger.js';
import type { InteractionOutcome } from './dispatch.js';

export type Telemetry = ReturnType<typeof createTelemetry>;

/** Gateway connection states as a number, so a dashboard can graph them: 1 is connected. */
export const SHARD_STATES = { ready: 1, connecting: 0.5, disconnected: 0 } as const;
export type ShardState = keyof typeof SHARD_STATES;

export function createTelemetry(options: { logger: Logger; defaultMetrics?: boolean }) {
  const registry = new Registry();
  const registers = [registry];
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'factdesk_' });
  const interactions = new Counter({
    name: 'factdesk_interactions_total',
    help: 'Interactions handled, by kind, command (or button action) and outcome',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'factdesk_interaction_duration_seconds',
    help: 'Time from receiving an interaction to sending its reply',
    labelNames: ['kind', 'command'] as const,
    // Discord drops an unanswered interaction after 3 s; the buckets are dense below that.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });
  const answers = new Counter({
    name: 'factdesk_answers_total',
    help: 'Questions the engine answered from the record, and questions it declined',
    labelNames: ['result'] as const,
    registers,
  });
  const factBase = new Gauge({
    name: 'factdesk_fact_base_info',
    help: 'The fact base being served: 1 for its version',
    labelNames: ['version'] as const,
    // Summed over shards it would count shards; every shard serves the same base.
    aggregator: 'max',
    registers,
  });
  const facts = new Gauge({
    name: 'factdesk_fact_base_facts',
    help: 'Facts in the served base',
    aggregator: 'max',
    registers,
  });
  const shards = new Gauge({
    name: 'factdesk_gateway_shard_status',
    help: 'Gateway connection of each shard: 1 ready, 0.5 connecting, 0 disconnected',
    labelNames: ['shard'] as const,
    registers,
  });
  const shardState = new Map<number, ShardState>();

  return {
    registry,
    /** Logs and counts one finished interaction. */
    interaction(outcome: InteractionOutcome, seconds: number) {
      const labels = { kind: outcome.kind, command: outcome.name };
      interactions.inc({ ...labels, outcome: outcome.outcome });
      latency.observe(labels, seconds);
      if (outcome.answer) answers.inc({ result: outcome.answer.answered ? 'answered' : 'declined' });
      options.logger.info('interaction', {
        kind: outcome.kind,
        command: outcome.name,
        outcome: outcome.outcome,
        ms: Math.round(seconds * 1000),
        ...(outcome.answer && {
          answered: outcome.answer.answered,
          confidence: outcome.answer.confidence,
        }),
      });
    },
    factBase(base: FactBase) {
      factBase.reset();
      factBase.set({ version: base.version }, 1);
      facts.set(base.facts.length);
    },
    shard(id: number, state: ShardState) {
      shardState.set(id, state);
      shards.set({ shard: String(id) }, SHARD_STATES[state]);
    },
    /** Each shard's state as last reported. */
    shards(): ReadonlyMap<number, ShardState> {
      return shardState;
    },
  };
}

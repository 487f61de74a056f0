// The bot as it runs: real discord.js logged in to a fake Discord on 127.0.0.1, interactions arriving over
// the gateway, the connection closed as Discord closes it, and signals as a supervisor sends them.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../src/bot/start.js';
import { parseConfig } from '../../src/config.js';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { createLogger } from '../../src/logger.js';
import type { Engine } from '../../src/search/engine.js';
import { embeddedEngine } from '../support/engine.js';
import { APP_ID, FAKE_TOKEN, slashCommand, USER_ID } from '../support/discordHarness.js';
import { startFakeGateway, type FakeGateway } from '../support/fakeGateway.js';

let engine: Engine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function setup(env: Record<string, string> = {}) {
  const gateway: FakeGateway = await startFakeGateway();
  cleanups.push(() => gateway.close());
  const logLines: string[] = [];
  const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const signals = new EventEmitter();
  let exited: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const config = parseConfig({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_BASE: gateway.apiBase,
    ...env,
  });
  const bot = await startBot({
    config,
    engine,
    dataDir: EMBEDDED_DATA_DIR,
    logger: createLogger({ level: 'info', secrets: [FAKE_TOKEN], write: (line) => logLines.push(line) }),
    exit: exited,
    signals: signals as unknown as Pick<NodeJS.Process, 'once'>,
  });
  cleanups.push(() => bot.shutdown.stop('test over'));
  await gateway.identified();
  return { gateway, bot, logs, logLines, signals, exit };
}

const QUESTION = 'When did Title 42 end?';

describe('the gateway bot', () => {
  it('answers an interaction from the gateway and logs one line without who asked or what', async () => {
    const { gateway, logs, logLines } = await setup();
    const callback = gateway.nextRequest('/callback');
    gateway.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: QUESTION }));
    expect(((await callback).body as { type: number }).type).toBe(4);
    await expect
      .poll(() => logs().find((l) => l.message === 'interaction'))
      .toMatchObject({
        level: 'info',
        kind: 'command',
        command: 'ask',
        outcome: 'ok',
        answered: true,
        confidence: expect.any(Number),
        ms: expect.any(Number),
      });
    expect(logLines.join('\n')).not.toContain(USER_ID);
    expect(logLines.join('\n')).not.toContain(QUESTION);
    expect(logLines.join('\n')).not.toContain(FAKE_TOKEN);
  });

  it('exits non-zero with a log line naming the code when Discord closes the connection for good', async () => {
    const { gateway, logs, exit } = await setup();
    gateway.closeAll(4004);
    expect(await exit).toBe(1);
    expect(logs()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'gateway closed for good',
        code: 4004,
        reason: 'AuthenticationFailed',
      }),
    );
  });

  it('identifies again when Discord invalidates the session, and stays up', async () => {
    const { gateway, logs, exit } = await setup();
    const socket = await gateway.identified();
    let exitCode: number | undefined;
    void exit.then((code) => (exitCode = code));
    socket.send(JSON.stringify({ op: 9, d: false }));
    await expect
      .poll(() => logs().filter((l) => l.message === 'connected to Discord').length, { timeout: 20_000 })
      .toBe(2);
    expect(exitCode).toBeUndefined();
  });

  it('on SIGTERM finishes the interaction in flight, takes no new one, and exits 0', async () => {
    const { gateway, logs, signals, exit } = await setup();
    gateway.delayCallbacks(500);
    const first = gateway.nextRequest('/callback');
    gateway.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: QUESTION }));
    await first;
    signals.emit('SIGTERM');
    gateway.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: 'Who is AMLO?' }));
    expect(await exit).toBe(0);
    const messages = logs().map((l) => l.message);
    expect(logs().find((l) => l.message === 'shutting down')).toMatchObject({
      reason: 'SIGTERM',
      inFlight: 1,
    });
    // The answer in flight was sent and logged before the bot stopped; the one after the signal never was.
    expect(messages.indexOf('interaction')).toBeLessThan(messages.indexOf('stopped'));
    expect(messages.filter((m) => m === 'interaction')).toHaveLength(1);
    expect(gateway.requests.filter((r) => r.path.endsWith('/callback'))).toHaveLength(1);
  });

  it('serves health and Prometheus metrics on 127.0.0.1 when METRICS_PORT is set', async () => {
    const port = await freePort();
    const { gateway } = await setup({ METRICS_PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      gateway: 'ready',
      database: 'not configured',
      factBase: engine.base.version,
    });
    const callback = gateway.nextRequest('/callback');
    gateway.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: QUESTION }));
    await callback;
    await expect
      .poll(async () => (await fetch(`${base}/metrics`)).text())
      .toContain('factdesk_interactions_total{kind="command",command="ask",outcome="ok"} 1');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('factdesk_answers_total{result="answered"} 1');
    expect(metrics).toContain('factdesk_gateway_shard_status{shard="0"} 1');
    expect(metrics).toContain(`factdesk_fact_base_info{version="${engine.base.version}"} 1`);
    expect(metrics).toMatch(/factdesk_interaction_duration_seconds_count\{kind="command",command="ask"\} 1/);
  });
});

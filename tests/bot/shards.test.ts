// The sharded bot as it runs in production: the compiled manager forks one compiled process per shard,
// each logs in to a fake Discord on 127.0.0.1 as its own shard, and the manager reports them all.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NODE_OPTIONS } from '../../src/runtime.js';
import { APP_ID, FAKE_TOKEN, slashCommand } from '../support/discordHarness.js';
import { startFakeGateway, type FakeGateway } from '../support/fakeGateway.js';
import { REPO_ROOT } from '../support/run.js';

const MAIN = `${REPO_ROOT}dist/src/main.js`;
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` (npm test does) first');
});
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const gateway: FakeGateway = await startFakeGateway({ shards: 2 });
  cleanups.push(() => gateway.close());
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  const child = spawn(process.execPath, [...NODE_OPTIONS, MAIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: gateway.apiBase,
      GATEWAY_SHARDS: 'auto',
      METRICS_PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  const get = async (path: string) => {
    try {
      const response = await fetch(`${base}${path}`);
      return { status: response.status, text: await response.text() };
    } catch {
      return { status: 0, text: '' };
    }
  };
  return { gateway, child, exited, get, stderr: () => stderr };
}

describe('the sharded gateway bot', () => {
  it('runs the recommended number of shards, reports each in /metrics, and stops them all on SIGTERM', async () => {
    const { gateway, child, exited, get, stderr } = await setup();
    await expect
      .poll(() => get('/healthz'), { timeout: 30_000, interval: 250 })
      .toMatchObject({ status: 200 });
    expect(gateway.shardsIdentified()).toEqual([0, 1]);
    expect(JSON.parse((await get('/healthz')).text)).toMatchObject({ status: 'ok', gateway: 'ready' });
    // Each shard process runs with the heap ceiling the manager runs with (src/runtime.ts).
    const shards = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ');
    expect(shards).toHaveLength(2);
    for (const pid of shards)
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toEqual(
        expect.arrayContaining([...NODE_OPTIONS]),
      );

    const callback = gateway.nextRequest('/callback');
    gateway.dispatch('INTERACTION_CREATE', slashCommand('ask', { question: 'Who is AMLO?' }), 1);
    await callback;
    await expect
      .poll(async () => (await get('/metrics')).text, { timeout: 10_000 })
      .toContain('factdesk_interactions_total{kind="command",command="ask",outcome="ok"} 1');
    const metrics = (await get('/metrics')).text;
    for (const shard of ['0', '1']) {
      expect(metrics).toContain(`factdesk_shard_process_status{shard="${shard}"} 1`);
      expect(metrics).toContain(`factdesk_gateway_shard_status{shard="${shard}"} 1`);
    }
    expect(metrics).toMatch(/factdesk_fact_base_info\{version="[0-9a-f]{12}"\} 1\n/);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr()).not.toContain(FAKE_TOKEN);
  });

  it('exits 1 when a shard dies, so a supervisor restarts every shard', async () => {
    const { gateway, exited, get, stderr } = await setup();
    await expect
      .poll(() => get('/healthz'), { timeout: 30_000, interval: 250 })
      .toMatchObject({ status: 200 });
    gateway.closeAll(4004);
    expect(await exited).toBe(1);
    expect(stderr()).toContain('"message":"shard process died"');
    expect(stderr()).toContain('"code":4004');
  });
});

// The production build as an operator runs it: `npm run build`, then node alone on dist/ (no tsx, no
// esbuild), offline and against a fake Discord on 127.0.0.1. `npm test` builds before it runs these.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR } from '../src/facts/load.js';
import { APP_ID, FAKE_TOKEN, slashCommand } from './support/discordHarness.js';
import { createTestKey, signedHeaders } from './support/signing.js';
import { startFakeGateway } from './support/fakeGateway.js';
import { freePort } from './support/postgres.js';
import { REPO_ROOT } from './support/run.js';

const MAIN = `${REPO_ROOT}dist/src/main.js`;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: run `npm run build` (npm test does) first');
});

// Start-up opens the embedded database (PostgreSQL in WASM), which takes seconds on a busy 2-core machine.
const STARTUP_TIMEOUT = 90_000;

// Each run gets its own embedded database: two PGlite processes must never share a folder.
const dbDir = () => mkdtempSync(join(tmpdir(), 'factdesk-build-db-'));

/** Starts the compiled bot; resolves its exit status and everything it wrote to stderr. */
function startCompiled(env: Record<string, string>, cwd = REPO_ROOT) {
  const child = spawn(process.execPath, [MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', FACTDESK_DB_DIR: dbDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, exited, stderr: () => stderr };
}

describe('the compiled bot', () => {
  it(
    'answers offline with node alone',
    () => {
      const result = spawnSync(process.execPath, [MAIN], {
        cwd: REPO_ROOT,
        input: 'When did Title 42 end?\n',
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FACTDESK_DB_DIR: dbDir() },
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/ended in May.*\n[^]*When: May 2023 \(year inferred from the text\)/);
    },
    STARTUP_TIMEOUT,
  );

  it(
    'answers from an install of dist/, data/ and package.json alone, as deploy/Dockerfile lays it out',
    () => {
      const install = mkdtempSync(join(tmpdir(), 'factdesk-install-'));
      cpSync(`${REPO_ROOT}dist`, join(install, 'dist'), { recursive: true, verbatimSymlinks: true });
      cpSync(`${REPO_ROOT}data`, join(install, 'data'), { recursive: true });
      cpSync(`${REPO_ROOT}package.json`, join(install, 'package.json'));
      // The runtime dependencies, linked rather than installed: what is under test is factdesk's own files.
      symlinkSync(`${REPO_ROOT}node_modules`, join(install, 'node_modules'));
      const result = spawnSync(process.execPath, [join(install, 'dist/src/main.js')], {
        cwd: install,
        input: 'When did Title 42 end?\n',
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(result.stderr).not.toMatch(/"level":"(warn|error)"|could not start|migration failed/);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/ended in May/);
    },
    STARTUP_TIMEOUT,
  );

  it('checks a reload in a worker thread of compiled JavaScript', async () => {
    const { checkInWorker } = (await import(
      `${REPO_ROOT}dist/src/bot/reload.js`
    )) as typeof import('../src/bot/reload.js');
    expect(await checkInWorker(EMBEDDED_DATA_DIR)).toMatchObject({
      ok: true,
      base: { version: expect.any(String) },
    });
  });

  it(
    'exits 1 and says why when Discord refuses the token at login, even while watching the data folder',
    async () => {
      const gateway = await startFakeGateway({ closeOnIdentify: 4004 });
      // The watcher keeps the event loop alive: without an explicit exit the bot would stay up, disconnected.
      const bot = startCompiled({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_BASE: gateway.apiBase,
        WATCH_DATA: 'true',
      });
      const status = await bot.exited;
      await gateway.close();
      expect(status).toBe(1);
      expect(bot.stderr()).toContain(
        '"code":4004,"reason":"AuthenticationFailed","message":"gateway closed for good"',
      );
      expect(bot.stderr()).not.toContain(FAKE_TOKEN);
    },
    STARTUP_TIMEOUT,
  );

  it(
    'stops cleanly on SIGTERM with status 0',
    async () => {
      const gateway = await startFakeGateway();
      const bot = startCompiled({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_BASE: gateway.apiBase,
      });
      await expect.poll(bot.stderr, { timeout: STARTUP_TIMEOUT - 10_000 }).toContain('connected to Discord');
      bot.child.kill('SIGTERM');
      const status = await bot.exited;
      await gateway.close();
      expect(status).toBe(0);
      const stopped = bot
        .stderr()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { message: string; reason?: string });
      expect(stopped).toContainEqual(
        expect.objectContaining({ message: 'shutting down', reason: 'SIGTERM' }),
      );
      expect(stopped.at(-1)).toMatchObject({ message: 'stopped', code: 0 });
    },
    STARTUP_TIMEOUT,
  );

  it(
    'serves signed HTTP interactions without a token, and stops on SIGTERM with status 0',
    async () => {
      const port = await freePort();
      const key = createTestKey();
      const bot = startCompiled({
        INTERACTIONS_MODE: 'http',
        DISCORD_PUBLIC_KEY: key.publicKeyHex,
        DISCORD_APPLICATION_ID: APP_ID,
        PORT: String(port),
      });
      await expect
        .poll(bot.stderr, { timeout: STARTUP_TIMEOUT - 10_000 })
        .toContain('interactions endpoint listening');
      const body = JSON.stringify(slashCommand('ask', { question: 'When did Title 42 end?' }));
      const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
        method: 'POST',
        headers: signedHeaders(key, body),
        body,
      });
      expect(response.status).toBe(200);
      const reply = (await response.json()) as { data: { embeds: { description: string }[] } };
      expect(reply.data.embeds[0]?.description).toMatch(/ended in May/);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    },
    STARTUP_TIMEOUT,
  );

  it(
    'runs from a working folder of its own, as deploy/factdesk@.service starts it, and keeps its database there',
    async () => {
      const state = mkdtempSync(join(tmpdir(), 'factdesk-state-'));
      const bot = startCompiled(
        {
          INTERACTIONS_MODE: 'http',
          DISCORD_PUBLIC_KEY: createTestKey().publicKeyHex,
          DISCORD_APPLICATION_ID: APP_ID,
          PORT: String(await freePort()),
          FACTDESK_DB_DIR: '',
        },
        state,
      );
      await expect
        .poll(bot.stderr, { timeout: STARTUP_TIMEOUT - 10_000 })
        .toContain('interactions endpoint listening');
      expect(existsSync(join(state, '.factdesk', 'db'))).toBe(true);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    },
    STARTUP_TIMEOUT,
  );
});

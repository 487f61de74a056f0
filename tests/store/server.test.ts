// What only a PostgreSQL server shows: several processes writing at once, and a server that goes away and
// comes back. The bot's database calls fail cleanly while it is down and work again once it is up.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { createStore, StoreUnavailableError } from '../../src/store/store.js';
import { openDatabase } from '../../src/store/database.js';
import { newServerDatabase, TEST_VOTE_KEY } from '../support/databases.js';
import { freePort, startPostgres, type PostgresServer } from '../support/postgres.js';
import { REPO_ROOT } from '../support/run.js';
import { createLogger } from '../../src/logger.js';

const GUILD = '200000000000000001';
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

interface Written {
  recorded: number;
  queued: number;
}

function runWriter(url: string, name: string, count: number, ...budget: string[]): Promise<Written> {
  return new Promise((resolve, reject) => {
    const args = ['tests/store/writer.ts', url, name, String(count), ...budget];
    const child = spawn(TSX, args, { cwd: REPO_ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Written) : reject(new Error(err))));
  });
}

const quietLogger = (lines: string[]) => createLogger({ level: 'debug', write: (l) => lines.push(l) });

/** A new database on the test server, migrated, and a store on it to read back what the writers wrote. */
async function sharedDatabase() {
  const url = await newServerDatabase();
  const setup = createStore({
    connection: await openDatabase({ url }),
    voteKey: TEST_VOTE_KEY,
    writesPerMinute: 1,
  });
  await setup.ready();
  return { url, setup };
}

describe('two processes sharing one PostgreSQL', () => {
  it('record every vote and queued question of parallel writers, and one shared vote once', async () => {
    const { url, setup } = await sharedDatabase();
    const [a, b] = await Promise.all([runWriter(url, 'a', 150), runWriter(url, 'b', 150)]);
    // Exactly one of the two processes won the shared user's vote.
    expect(a.recorded + b.recorded).toBe(301);
    const stats = await setup.stats(GUILD, 1);
    expect(stats).toMatchObject({ asked: 300, declined: 300 });
    expect(stats.votes.helpful + stats.votes.unhelpful).toBe(301);
    expect(await setup.openEntries(GUILD)).toHaveLength(300);
    await setup.close();
  });

  it('hold a server to one write limit between them', async () => {
    const { url, setup } = await sharedDatabase();
    // Both processes in the same minute, so neither gets a fresh budget halfway.
    const race = ['100', '2024-02-01T10:00:30Z'];
    const [a, b] = await Promise.all([runWriter(url, 'a', 150, ...race), runWriter(url, 'b', 150, ...race)]);
    expect(a.recorded + a.queued + b.recorded + b.queued).toBe(100);
    const entries = await setup.openEntries(GUILD);
    const stats = await setup.stats(GUILD, 3650);
    expect(entries.length + stats.votes.helpful + stats.votes.unhelpful).toBe(100);
    await setup.close();
  });
});

describe('a database that is down', () => {
  let server: PostgresServer | undefined;
  afterAll(() => server?.remove());

  it('lets the bot start, fails each call cleanly, and is used again once it is up', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const store = await openStore(
      {
        DATABASE_URL: `postgres://postgres:factdesk-test@127.0.0.1:${port}/postgres`,
        FACTDESK_DB_DIR: '.unused',
        VOTE_KEY: TEST_VOTE_KEY,
        STORE_WRITES_PER_MINUTE: 100,
      },
      quietLogger(lines),
    );
    expect(lines.join('\n')).toMatch(/database unreachable; answering without it and retrying/);
    await expect(store.stats(GUILD, 7)).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it('reconnects after the server restarts, and loses nothing written before', async () => {
    server = await startPostgres();
    const store = createStore({
      connection: await openDatabase({ url: server.url }),
      voteKey: TEST_VOTE_KEY,
      writesPerMinute: 100,
      retrySeconds: 0,
    });
    const ask = () =>
      store.recordQuestion({ guildId: GUILD, question: 'q', factId: null, queue: 'declined' });
    await ask();
    await server.stop();
    await expect(ask()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.stats(GUILD, 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.status()).toBe('down');
    await server.start();
    await ask();
    expect(store.status()).toBe('up');
    expect((await store.stats(GUILD, 1)).asked).toBe(2);
    await store.close();
  });
});

describe('the embedded database', () => {
  it('keeps its data in FACTDESK_DB_DIR across restarts, with a vote key made once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-db-'));
    const config = { FACTDESK_DB_DIR: dir, STORE_WRITES_PER_MINUTE: 100 };
    const lines: string[] = [];
    const first = await openStore(config, quietLogger(lines));
    expect(first.kind).toBe('pglite');
    const vote = {
      guildId: GUILD,
      answerRef: 'ref0000009',
      factId: 'f',
      userId: 'u',
      vote: 'helpful',
    } as const;
    expect(await first.vote(vote)).toBe('recorded');
    await first.close();
    const second = await openStore(config, quietLogger(lines));
    // Same key, same hash: the same user still cannot vote twice after a restart.
    expect(await second.vote(vote)).toBe('duplicate');
    expect((await second.stats(GUILD, 1)).votes.helpful).toBe(1);
    await second.close();
  });
});

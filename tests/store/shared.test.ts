// What processes sharing one database share: each server's settings, the cooldowns and the per-server write
// limit. Run on PGlite and a real PostgreSQL; the races run two store instances, each with its own
// connection pool, against one PostgreSQL server, as two bot processes behind a load balancer do.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedCooldowns } from '../../src/bot/cooldowns.js';
import { createLogger } from '../../src/logger.js';
import { defaultSettings } from '../../src/settings/guildSettings.js';
import { createSettingsSource } from '../../src/settings/settingsSource.js';
import { openDatabase, type Connection } from '../../src/store/database.js';
import { createStore, StoreUnavailableError, type Store } from '../../src/store/store.js';
import {
  BACKENDS,
  freshStore,
  newServerDatabase,
  openTestDatabase,
  TEST_VOTE_KEY,
} from '../support/databases.js';

const GUILD = '200000000000000001';
const OTHER_GUILD = '200000000000000002';
const USER = '300000000000000077';
const DEFAULTS = defaultSettings({
  REPLY_VISIBILITY: 'private',
  REPLY_LANGUAGE: 'auto',
  COOLDOWN_PUBLIC_SECONDS: 30,
  COOLDOWN_SUMMARY_SECONDS: 120,
});

function quietLogger(lines: string[] = []) {
  return createLogger({ level: 'debug', write: (line) => lines.push(line) });
}

describe.each(BACKENDS)('shared state on %s', (backend) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await openTestDatabase(backend);
    await connection.migrate();
  });
  afterAll(() => connection.close());

  it('gives a server’s settings to every process, within the cache time, and defaults elsewhere', async () => {
    let clock = 0;
    const store = await freshStore(connection);
    const [here, there] = [0, 1].map(() =>
      createSettingsSource({ store, defaults: DEFAULTS, logger: quietLogger(), now: () => clock }),
    );
    expect(await there!.get(GUILD)).toMatchObject({ replyVisibility: 'private', own: [], available: true });
    const changed = await here!.change(GUILD, { replyVisibility: 'public', language: 'es' });
    expect(changed).toMatchObject({ replyVisibility: 'public', language: 'es', cooldownPublicSeconds: 30 });
    expect((await here!.get(GUILD)).replyVisibility).toBe('public');
    // The other process still has the old settings cached, until its cache runs out.
    expect((await there!.get(GUILD)).replyVisibility).toBe('private');
    clock += 10_001;
    expect(await there!.get(GUILD)).toMatchObject({
      replyVisibility: 'public',
      language: 'es',
      own: ['replyVisibility', 'language'],
    });
    expect(await there!.get(OTHER_GUILD)).toMatchObject({ replyVisibility: 'private', own: [] });
    expect(await there!.get(null)).toMatchObject({ ...DEFAULTS, own: [], available: true });
  });

  it('ignores a stored value this version does not accept, keeping the default for it', async () => {
    const store = await freshStore(connection);
    await store.saveSettings(GUILD, { cooldownPublicSeconds: 5 });
    await connection.db.execute(
      sql`UPDATE guild_settings SET language = 'klingon', cooldown_summary_seconds = -3`,
    );
    const source = createSettingsSource({ store, defaults: DEFAULTS, logger: quietLogger() });
    expect(await source.get(GUILD)).toMatchObject({
      cooldownPublicSeconds: 5,
      cooldownSummarySeconds: 120,
      language: 'auto',
      own: ['cooldownPublicSeconds'],
    });
  });

  it('starts a cooldown once, says how long is left, and starts it again once it has run out', async () => {
    let clock = Date.parse('2024-02-01T10:00:00Z');
    const store = await freshStore(connection, { now: () => new Date(clock) });
    const key = `public:${GUILD}:${USER}`;
    expect(await store.takeCooldown(key, 30)).toBe(0);
    clock += 10_500;
    expect(await store.takeCooldown(key, 30)).toBe(20);
    expect(await store.takeCooldown(`public:${OTHER_GUILD}:${USER}`, 30)).toBe(0);
    clock += 19_500;
    expect(await store.takeCooldown(key, 30)).toBe(0);
    await store.releaseCooldown(key);
    expect(await store.takeCooldown(key, 30)).toBe(0);
    const rows = await connection.db.execute(sql`SELECT * FROM cooldowns`);
    expect(JSON.stringify(rows)).not.toContain(USER);
    clock += 30_000;
    expect((await store.purge(90)).expired).toBe(2);
  });

  it('counts the write limit per server and minute in the database, for every process alike', async () => {
    const clock = Date.parse('2024-02-01T10:00:30Z');
    const store = await freshStore(connection, { writesPerMinute: 2, now: () => new Date(clock) });
    // A second process with its own (larger) setting still meets the rows the first one took.
    const other = createStore({
      connection,
      voteKey: TEST_VOTE_KEY,
      writesPerMinute: 3,
      now: () => new Date(clock),
    });
    const ask = (s: Store, n: number) =>
      s.recordQuestion({ guildId: GUILD, question: `question ${n}`, factId: null, queue: 'declined' });
    expect([
      (await ask(store, 1)).queued,
      (await ask(store, 2)).queued,
      (await ask(store, 3)).queued,
    ]).toEqual([true, true, false]);
    expect((await ask(other, 4)).queued).toBe(true);
    expect((await ask(other, 5)).queued).toBe(false);
    const vote = {
      guildId: GUILD,
      answerRef: 'ref0000001',
      factId: 'f',
      userId: USER,
      vote: 'helpful',
    } as const;
    expect(await store.vote(vote)).toBe('limited');
    // A refused vote leaves nothing behind: the same user can vote once the budget allows.
    expect((await store.stats(GUILD, 1)).votes.helpful).toBe(0);
  });
});

describe('the shared cooldowns', () => {
  it('use this process’s own cooldowns while the database is down, and say so in the log', async () => {
    let clock = 1_000_000;
    const lines: string[] = [];
    const down = {
      takeCooldown: () => Promise.reject(new StoreUnavailableError(new Error('connect ECONNREFUSED'))),
      releaseCooldown: () => Promise.reject(new StoreUnavailableError(new Error('connect ECONNREFUSED'))),
    };
    const cooldowns = new SharedCooldowns(down, quietLogger(lines), () => clock);
    expect(await cooldowns.take('public:g:u', 30)).toBe(0);
    clock += 5_000;
    expect(await cooldowns.take('public:g:u', 30)).toBe(25);
    await cooldowns.release('public:g:u');
    expect(await cooldowns.take('public:g:u', 30)).toBe(0);
    expect(lines.join('\n')).toMatch(/shared cooldowns unavailable/);
  });
});

describe('two processes racing on one PostgreSQL', () => {
  const stores: Store[] = [];
  afterAll(() => Promise.all(stores.map((s) => s.close())));

  async function twoProcesses(writesPerMinute: number): Promise<[Store, Store]> {
    const url = await newServerDatabase();
    // One clock for both, so the race cannot straddle a minute.
    const now = () => new Date('2024-02-01T10:00:30Z');
    const open = async () => {
      const store = createStore({
        connection: await openDatabase({ url }),
        voteKey: TEST_VOTE_KEY,
        writesPerMinute,
        now,
      });
      await store.ready();
      stores.push(store);
      return store;
    };
    const first = await open();
    return [first, await open()];
  }

  it('start one cooldown between them, however many uses race for it', async () => {
    const [a, b] = await twoProcesses(100);
    const logger = quietLogger();
    const [ca, cb] = [new SharedCooldowns(a, logger), new SharedCooldowns(b, logger)];
    for (let round = 0; round < 5; round++) {
      const key = `public:${GUILD}:${USER}:${round}`;
      const waits = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? ca : cb).take(key, 60)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(1);
      expect(waits.filter((w) => w > 0).every((w) => w <= 60)).toBe(true);
    }
  });

  it('keep a server within its write limit between them, and every row they were allowed is there', async () => {
    const [a, b] = await twoProcesses(25);
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const store = i % 2 === 0 ? a : b;
        return i % 3 === 0
          ? store.vote({ guildId: GUILD, answerRef: `ref${i}`, factId: 'f', userId: USER, vote: 'helpful' })
          : store
              .recordQuestion({ guildId: GUILD, question: `question ${i}`, factId: null, queue: 'declined' })
              .then((r) => (r.queued ? 'recorded' : 'limited'));
      }),
    );
    expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(25);
    const stats = await a.stats(GUILD, 1);
    expect(stats.votes.helpful + (await a.openEntries(GUILD)).length).toBe(25);
    // Counting is not limited: every question asked is counted.
    expect(stats.asked).toBe(40);
    // Another server's budget is its own.
    expect(
      (await b.recordQuestion({ guildId: OTHER_GUILD, question: 'q', factId: null, queue: 'declined' }))
        .queued,
    ).toBe(true);
  });
});

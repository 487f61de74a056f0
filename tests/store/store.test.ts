// The storage suite, run the same against PGlite and a real PostgreSQL server.
import { sql } from 'drizzle-orm';
import { cp, mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MigrationError, type Connection, type Database } from '../../src/store/database.js';
import { BACKENDS, freshStore, openTestDatabase } from '../support/databases.js';

const TABLES = ['cooldowns', 'daily_counts', 'guild_settings', 'queue_entries', 'votes', 'write_budget'];
const GUILD_A = '200000000000000001';
const GUILD_B = '200000000000000002';
const USER = '300000000000000077';
const OTHER_USER = '300000000000000078';

async function tableRows(db: Database, table: string): Promise<unknown[]> {
  const result = (await db.execute(sql.raw(`SELECT * FROM ${table}`))) as unknown as { rows: unknown[] };
  return result.rows;
}

async function tableNames(db: Database): Promise<string[]> {
  const result = (await db.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  return result.rows.map((r) => r.table_name);
}

describe.each(BACKENDS)('storage on %s', (backend) => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await openTestDatabase(backend);
    await connection.migrate();
  });
  afterAll(() => connection.close());
  const open = async (overrides: Parameters<typeof freshStore>[1] = {}) => ({
    store: await freshStore(connection, overrides),
    db: connection.db,
  });

  it('creates the tables from the committed migrations, and migrating again changes nothing', async () => {
    const { store: s, db } = await open();
    expect(await tableNames(db)).toEqual(TABLES);
    await s.recordQuestion({ guildId: GUILD_A, question: 'q one', factId: null, queue: 'declined' });
    await connection.migrate();
    expect(await tableNames(db)).toEqual(TABLES);
    expect(await s.openEntries(GUILD_A)).toHaveLength(1);
  });

  it('counts every question but keeps the text only of declined and low-confidence ones', async () => {
    const { store: s, db } = await open();
    await s.recordQuestion({
      guildId: GUILD_A,
      question: 'when did title 42 end',
      factId: 'title-42',
      queue: null,
    });
    await s.recordQuestion({
      guildId: GUILD_A,
      question: 'who runs the cartels',
      factId: null,
      queue: 'declined',
    });
    await s.recordQuestion({
      guildId: GUILD_A,
      question: 'how many crossed',
      factId: 'figure-x',
      queue: 'low_confidence',
    });
    const entries = await s.openEntries(GUILD_A);
    expect(entries.map((e) => [e.reason, e.question]).sort()).toEqual([
      ['declined', 'who runs the cartels'],
      ['low_confidence', 'how many crossed'],
    ]);
    expect(JSON.stringify(await tableRows(db, 'daily_counts'))).not.toContain('title 42');
    expect(await s.stats(GUILD_A, 7)).toMatchObject({ asked: 3, answered: 2, declined: 1 });
  });

  it('keeps one vote per user per answer, without storing the user id anywhere', async () => {
    const { store: s, db } = await open();
    const vote = { guildId: GUILD_A, answerRef: 'ref0000001', factId: 'title-42', userId: USER } as const;
    expect(await s.vote({ ...vote, vote: 'helpful' })).toBe('recorded');
    expect(await s.vote({ ...vote, vote: 'unhelpful' })).toBe('duplicate');
    expect(await s.vote({ ...vote, userId: OTHER_USER, vote: 'unhelpful' })).toBe('recorded');
    expect(await s.vote({ ...vote, answerRef: 'ref0000002', vote: 'helpful' })).toBe('recorded');
    expect((await s.stats(GUILD_A, 7)).votes).toEqual({ helpful: 2, unhelpful: 1, wrong: 0 });
    const dump = JSON.stringify(await Promise.all(TABLES.map((t) => tableRows(db, t))));
    expect(dump).toContain('title-42');
    expect(dump).not.toContain(USER);
    expect(dump).not.toContain(OTHER_USER);
  });

  it('queues a "wrong fact" flag with its question and reason', async () => {
    const { store: s } = await open();
    const flag = {
      guildId: GUILD_A,
      answerRef: 'ref0000003',
      factId: 'title-42',
      userId: USER,
      vote: 'wrong' as const,
      question: 'when did title 42 end',
      note: 'it ended in May, not June',
    };
    expect(await s.vote(flag)).toBe('recorded');
    expect(await s.vote(flag)).toBe('duplicate');
    const entries = await s.openEntries(GUILD_A);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      reason: 'flagged',
      factId: 'title-42',
      question: 'when did title 42 end',
      note: 'it ended in May, not June',
    });
  });

  it('bounds the rows a server adds per minute, without touching other servers', async () => {
    let clock = Date.parse('2024-02-01T10:00:00Z');
    const { store: s } = await open({ writesPerMinute: 3, now: () => new Date(clock) });
    const ask = (guildId: string, n: number) =>
      s.recordQuestion({ guildId, question: `question ${n}`, factId: null, queue: 'declined' });
    const queued = [];
    for (let n = 0; n < 5; n++) queued.push((await ask(GUILD_A, n)).queued);
    expect(queued).toEqual([true, true, true, false, false]);
    expect(
      await s.vote({ guildId: GUILD_A, answerRef: 'ref0000004', factId: 'f', userId: USER, vote: 'helpful' }),
    ).toBe('limited');
    expect((await ask(GUILD_B, 0)).queued).toBe(true);
    clock += 60_000;
    expect((await ask(GUILD_A, 9)).queued).toBe(true);
    // Counting goes on past the budget: only the stored text is bounded.
    expect((await s.stats(GUILD_A, 1)).asked).toBe(6);
    expect(await s.openEntries(GUILD_A)).toHaveLength(4);
  });

  it('never shows or changes one server’s data from another', async () => {
    const { store: s } = await open();
    await s.recordQuestion({ guildId: GUILD_A, question: 'secret of A', factId: null, queue: 'declined' });
    await s.vote({ guildId: GUILD_A, answerRef: 'ref0000005', factId: 'f', userId: USER, vote: 'helpful' });
    await s.recordQuestion({
      guildId: GUILD_B,
      question: 'question of B',
      factId: 'g',
      queue: 'low_confidence',
    });
    expect((await s.openEntries(GUILD_B)).map((e) => e.question)).toEqual(['question of B']);
    expect(await s.stats(GUILD_B, 30)).toMatchObject({
      asked: 1,
      answered: 1,
      declined: 0,
      votes: { helpful: 0, unhelpful: 0, wrong: 0 },
      topFacts: [{ factId: 'g', count: 1 }],
      guilds: 1,
    });
    const [entryOfA] = await s.openEntries(GUILD_A);
    expect(await s.closeEntries(GUILD_B, [entryOfA!.id], { status: 'dismissed' })).toBe(0);
    expect(await s.openEntries(GUILD_A)).toHaveLength(1);
    expect((await s.stats(null, 30)).guilds).toBe(2);
  });

  it('closes entries as dismissed or answered, and exports the answered ones as suggestions', async () => {
    const { store: s } = await open();
    for (const question of ['what is mpp', 'what is mpp', 'remain in mexico?', 'who is the ambassador'])
      await s.recordQuestion({ guildId: GUILD_A, question, factId: null, queue: 'declined' });
    await s.recordQuestion({ guildId: GUILD_B, question: 'what is mpp', factId: null, queue: 'declined' });
    const ids = (q: string, entries: { id: number; question: string }[]) =>
      entries.filter((e) => e.question === q).map((e) => e.id);
    const a = await s.openEntries(GUILD_A);
    expect(
      await s.closeEntries(GUILD_A, [...ids('what is mpp', a), ...ids('remain in mexico?', a)], {
        status: 'answered',
        factId: 'remain-in-mexico',
      }),
    ).toBe(3);
    expect(await s.closeEntries(GUILD_A, ids('who is the ambassador', a), { status: 'dismissed' })).toBe(1);
    const b = await s.openEntries(GUILD_B);
    await s.closeEntries(GUILD_B, ids('what is mpp', b), { status: 'answered', factId: 'remain-in-mexico' });
    expect(await s.openEntries(GUILD_A)).toEqual([]);
    expect(await s.suggestions()).toEqual([
      { factId: 'remain-in-mexico', question: 'what is mpp', asked: 3 },
      { factId: 'remain-in-mexico', question: 'remain in mexico?', asked: 1 },
    ]);
  });

  it('reports stats over the last 7 or 30 days only', async () => {
    let clock = Date.parse('2024-03-01T12:00:00Z');
    const { store: s } = await open({ now: () => new Date(clock) });
    await s.recordQuestion({ guildId: GUILD_A, question: 'old', factId: 'a', queue: null });
    clock += 10 * 86_400_000;
    await s.recordQuestion({ guildId: GUILD_A, question: 'new', factId: 'b', queue: null });
    await s.recordQuestion({ guildId: GUILD_A, question: 'new', factId: 'b', queue: null });
    await s.recordQuestion({ guildId: GUILD_A, question: 'nope', factId: null, queue: 'declined' });
    expect(await s.stats(GUILD_A, 7)).toMatchObject({
      asked: 3,
      answered: 2,
      declined: 1,
      topFacts: [{ factId: 'b', count: 2 }],
    });
    expect(await s.stats(GUILD_A, 30)).toMatchObject({
      asked: 4,
      topFacts: [
        { factId: 'b', count: 2 },
        { factId: 'a', count: 1 },
      ],
    });
  });

  it('deletes entries, votes and counts older than the retention period', async () => {
    let clock = Date.parse('2024-01-01T12:00:00Z');
    const { store: s } = await open({ now: () => new Date(clock) });
    await s.recordQuestion({ guildId: GUILD_A, question: 'old question', factId: null, queue: 'declined' });
    await s.vote({ guildId: GUILD_A, answerRef: 'ref0000006', factId: 'f', userId: USER, vote: 'helpful' });
    clock += 89 * 86_400_000;
    await s.recordQuestion({
      guildId: GUILD_A,
      question: 'recent question',
      factId: null,
      queue: 'declined',
    });
    expect(await s.purge(90)).toMatchObject({ entries: 0, votes: 0, counts: 0 });
    clock += 2 * 86_400_000;
    expect(await s.purge(90)).toMatchObject({ entries: 1, votes: 1, counts: 1 });
    expect((await s.openEntries(GUILD_A)).map((e) => e.question)).toEqual(['recent question']);
    expect((await s.stats(GUILD_A, 3650)).votes.helpful).toBe(0);
  });

  it('keeps each server’s settings, with null meaning the deployment default', async () => {
    const { store: s } = await open();
    expect(await s.settings(GUILD_A)).toBeUndefined();
    await s.saveSettings(GUILD_A, { replyVisibility: 'public', cooldownPublicSeconds: 10 });
    await s.saveSettings(GUILD_A, { language: 'es', cooldownPublicSeconds: null });
    expect(await s.settings(GUILD_A)).toMatchObject({
      replyVisibility: 'public',
      cooldownPublicSeconds: null,
      language: 'es',
      summaryChannelId: null,
    });
    expect(await s.settings(GUILD_B)).toBeUndefined();
  });

  it('stops on a failed migration with a clear message, and rolls all of it back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'factdesk-migrations-'));
    await cp(MIGRATIONS_DIR, folder, { recursive: true });
    // A second migration that creates a table and then fails: neither it nor the pending first one may stay.
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as {
      entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
    };
    const first = journal.entries[0]!;
    journal.entries.push({ ...first, idx: 1, when: first.when + 1, tag: '0001_broken' });
    await writeFile(journalPath, JSON.stringify(journal));
    await writeFile(
      join(folder, '0001_broken.sql'),
      'CREATE TABLE half_done (id integer);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN x integer;',
    );
    const empty = await openTestDatabase(backend);
    try {
      const failure = await empty.migrate(folder).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as Error).message).toMatch(/migration failed and was rolled back; nothing was changed/);
      expect((failure as Error).message).toMatch(/no_such_table/);
      expect(await tableNames(empty.db)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});

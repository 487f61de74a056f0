// npm start with the embedded database: it is created and migrated on the way up, the offline console's
// questions are counted, and a migration that fails stops the start with a clear message, changing nothing.
import { PGlite } from '@electric-sql/pglite';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import { runScript } from '../support/run.js';

const silent = createLogger({ level: 'error', write: () => undefined });

describe('starting with the embedded database', () => {
  it('creates it in FACTDESK_DB_DIR and counts the console’s questions, keeping only the declined text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-start-'));
    const result = runScript(['src/main.ts'], {
      input: 'When did Title 42 end?\nWhat is the capital of France?\n',
      env: { FACTDESK_DB_DIR: dir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Not in the sourced record/);
    const store = await openStore({ FACTDESK_DB_DIR: dir, STORE_WRITES_PER_MINUTE: 10 }, silent);
    expect(await store.stats('console', 1)).toMatchObject({ asked: 2, answered: 1, declined: 1 });
    expect((await store.openEntries('console')).map((e) => e.question)).toEqual([
      'What is the capital of France?',
    ]);
    await store.close();
  });

  it('stops with a clear message when a migration fails, and leaves the database as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-start-'));
    // A table in the way of the first migration, as a hand-made or foreign database would have.
    const existing = new PGlite(join(dir, 'pgdata'));
    await existing.exec('CREATE TABLE votes (kept integer); INSERT INTO votes VALUES (7);');
    await existing.close();
    const result = runScript(['src/main.ts'], {
      input: 'When did Title 42 end?\n',
      env: { FACTDESK_DB_DIR: dir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/database migration failed and was rolled back; nothing was changed/);
    expect(result.stderr).toMatch(/"votes" already exists/);
    expect(result.stdout).toBe('');
    const after = new PGlite(join(dir, 'pgdata'));
    const tables = await after.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(['votes']);
    expect((await after.query('SELECT kept FROM votes')).rows).toEqual([{ kept: 7 }]);
    await after.close();
  });
});

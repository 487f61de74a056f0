// Databases for the storage tests: an in-memory PGlite, or a new empty database on the run's PostgreSQL
// server, so every suite runs the same on both and no test sees another's rows.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Connection } from '../../src/store/database.js';
import { createStore, type Store, type StoreOptions } from '../../src/store/store.js';

export type Backend = 'PGlite' | 'PostgreSQL';
export const BACKENDS: Backend[] = ['PGlite', 'PostgreSQL'];

/** Creates an empty database on the shared server and returns its URL. */
export async function newServerDatabase(): Promise<string> {
  const admin = new URL(inject('postgresUrl'));
  const name = `factdesk_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  admin.pathname = `/${name}`;
  return admin.href;
}

/** A store on a migrated database of the run's PostgreSQL server, with its own pool as each process has. */
export async function openServerStore(url: string): Promise<Store> {
  const store = createStore({
    connection: await openDatabase({ url }),
    voteKey: TEST_VOTE_KEY,
    writesPerMinute: 1000,
  });
  await store.ready();
  return store;
}

export async function openTestDatabase(backend: Backend): Promise<Connection> {
  return backend === 'PGlite' ? openDatabase({}) : openDatabase({ url: await newServerDatabase() });
}

export const TEST_VOTE_KEY = 'test-vote-key-0123456789abcdef0123456789';

/** A store over a migrated database, emptied first; `now` and the write budget can be set per test. */
export async function freshStore(
  connection: Connection,
  overrides: Partial<Omit<StoreOptions, 'connection'>> = {},
): Promise<Store> {
  await connection.db.execute(
    sql`TRUNCATE queue_entries, votes, daily_counts, guild_settings, cooldowns, write_budget RESTART IDENTITY`,
  );
  const store = createStore({ connection, voteKey: TEST_VOTE_KEY, writesPerMinute: 1000, ...overrides });
  await store.ready();
  return store;
}

/** A test file's migrated in-memory PGlite, opened once; each test takes an emptied store from it. */
export function useTestDatabase() {
  let connection: Connection | undefined;
  beforeAll(async () => {
    connection = await openTestDatabase('PGlite');
    await connection.migrate();
  });
  afterAll(() => connection?.close());
  return {
    freshStore(overrides: Partial<Omit<StoreOptions, 'connection'>> = {}) {
      if (!connection) throw new Error('the database is opened in beforeAll: use it inside a test');
      return freshStore(connection, overrides);
    },
  };
}

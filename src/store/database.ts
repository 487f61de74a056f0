// Opens factdesk's PostgreSQL database — PGlite embedded in a folder, or a server at a URL — and applies the
// committed migrations. Both give the same drizzle API over the same schema, so the store and its tests run
// unchanged on either.
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

// Any fixed number: the advisory lock that makes processes starting together migrate one after another.
const MIGRATION_LOCK = 7_231_013;

/** Where the data lives: a server URL, or a folder for PGlite (in memory when neither is given). */
export type DatabaseTarget = { url: string } | { dir?: string };

export interface Connection {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies the migrations not yet applied, all in one transaction. */
  migrate(migrationsFolder?: string): Promise<void>;
  close(): Promise<void>;
}

/** A migration failed; its transaction was rolled back, so the database is as it was. */
export class MigrationError extends Error {
  constructor(cause: unknown) {
    super(
      `The database migration failed and was rolled back; nothing was changed. ` +
        `factdesk does not start on a schema it cannot bring up to date: ${describeError(cause)}`,
      { cause },
    );
    this.name = 'MigrationError';
  }
}

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now),
// and the socket errors Node reports when nothing listens or the link drops.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

/** True when an error means the server cannot be reached now, rather than that a query is wrong. */
export function isUnreachable(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^(08|57P)/.test(code))) return true;
    if (/Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message))
      return true;
    if (e instanceof AggregateError && e.errors.some(isUnreachable)) return true;
  }
  return false;
}

/** The innermost message of an error, which names the real problem (drizzle wraps it in "Failed query"). */
export function describeError(error: unknown): string {
  let e: unknown = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message || e.name : String(e);
}

export async function openDatabase(target: DatabaseTarget): Promise<Connection> {
  if ('url' in target) return openServer(target.url);
  if (target.dir) await mkdir(target.dir, { recursive: true });
  const client = new PGlite(target.dir);
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    async migrate(migrationsFolder = MIGRATIONS_DIR) {
      try {
        await migratePglite(db, { migrationsFolder });
      } catch (error) {
        throw new MigrationError(error);
      }
    },
    close: () => client.close(),
  };
}

function openServer(url: string): Connection {
  // Short timeouts: a down server must fail a click quickly, not hold it past Discord's 3 seconds.
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 2000 });
  // An idle connection dropped by the server is reported here; without a listener it would end the process.
  pool.on('error', () => undefined);
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Database,
    kind: 'postgres',
    async migrate(migrationsFolder = MIGRATIONS_DIR) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        try {
          await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
        } catch (error) {
          if (isUnreachable(error)) throw error;
          throw new MigrationError(error);
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

// Opens the store the bot and the operator scripts use, from the configuration: the PostgreSQL server at
// DATABASE_URL, or PGlite in FACTDESK_DB_DIR. A failed migration stops the caller; a server that cannot be
// reached is only logged, since answering does not need it, and the store keeps trying to reach it.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { describeError, isUnreachable, openDatabase } from './database.js';
import { createStore, type Store } from './store.js';

export type StoreConfig = Pick<
  Config,
  'DATABASE_URL' | 'FACTDESK_DB_DIR' | 'VOTE_KEY' | 'STORE_WRITES_PER_MINUTE'
>;

/** The embedded database's own vote key, made once and kept beside (not inside) its data. */
async function embeddedVoteKey(dir: string): Promise<string> {
  const file = join(dir, 'vote.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dir, { recursive: true });
    const key = randomBytes(32).toString('base64url');
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}

export async function openStore(config: StoreConfig, logger: Logger): Promise<Store> {
  const dir = resolve(config.FACTDESK_DB_DIR);
  const connection = config.DATABASE_URL
    ? await openDatabase({ url: config.DATABASE_URL })
    : await openDatabase({ dir: join(dir, 'pgdata') });
  const voteKey = config.VOTE_KEY ?? (await embeddedVoteKey(dir));
  const store = createStore({ connection, voteKey, writesPerMinute: config.STORE_WRITES_PER_MINUTE });
  try {
    await store.ready();
    logger.info('database ready', { kind: connection.kind });
  } catch (error) {
    if (!isUnreachable(error)) {
      await connection.close().catch(() => undefined);
      throw error;
    }
    logger.warn('database unreachable; answering without it and retrying', { error: describeError(error) });
  }
  return store;
}

/** Deletes what is older than the retention period now and then every `everyMs`; returns the stop. */
export function keepRetention(store: Store, days: number, logger: Logger, everyMs = 3_600_000): () => void {
  const run = () =>
    store.purge(days).then(
      (deleted) => logger.info('retention applied', { days, ...deleted }),
      (error: unknown) => logger.warn('retention postponed', { error: describeError(error) }),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

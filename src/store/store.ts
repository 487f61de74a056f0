// The curation store: what factdesk records about questions and feedback, per server, and what /gaps,
// /stats, /settings and the operator scripts read back, and the cooldowns every process shares. Every row
// added is bounded per server per minute, counted in the database so processes sharing it share the bound;
// every call fails with StoreUnavailableError (never a crash) while the database cannot be reached, and the
// next call after that tries again.
import { createHmac } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, sum } from 'drizzle-orm';
import { describeError, isUnreachable, type Connection, type Database } from './database.js';
import {
  cooldowns,
  dailyCounts,
  guildSettings,
  queueEntries,
  votes,
  writeBudget,
  type QUEUE_REASONS,
  type VOTES,
} from './schema.js';

export type QueueReason = (typeof QUEUE_REASONS)[number];
export type Vote = (typeof VOTES)[number];
export type QueueEntry = typeof queueEntries.$inferSelect;
export type GuildSettingsRow = typeof guildSettings.$inferSelect;
export type SettingsPatch = Partial<Omit<GuildSettingsRow, 'guildId' | 'updatedAt'>>;

/** The database cannot be reached now; the caller says so to the user and carries on. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database is unreachable: ${describeError(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export interface Stats {
  days: number;
  asked: number;
  answered: number;
  declined: number;
  votes: Record<Vote, number>;
  /** The facts answered with most often, most first. */
  topFacts: { factId: string; count: number }[];
  /** How many servers the figures cover. */
  guilds: number;
}

export interface Suggestion {
  factId: string;
  question: string;
  /** How many times the question was asked, across servers. */
  asked: number;
}

export interface StoreOptions {
  connection: Connection;
  /** Key of the voter and cooldown hashes; without it the hash of a known user id could be recomputed. */
  voteKey: string;
  /** Rows one server may add per minute, across every process sharing the database. */
  writesPerMinute: number;
  now?: () => Date;
  /** Seconds between attempts to reach a database that was down. */
  retrySeconds?: number;
}

// The most open entries /gaps reads per server: enough to group, bounded so a huge queue stays fast.
const GAP_ENTRY_LIMIT = 2000;

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
const minuteOf = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000);

export function createStore(options: StoreOptions) {
  const { connection } = options;
  const { db } = connection;
  const now = options.now ?? (() => new Date());
  const retryMs = (options.retrySeconds ?? 5) * 1000;
  let ready: Promise<void> | undefined;
  // What the last call found, for /healthz: a database is "down" from a failed call until one succeeds.
  let reachable = true;
  let lastFailure = -Infinity;

  /** Migrates once; a database that was unreachable is tried again, at most every retrySeconds. */
  function ensureReady(): Promise<void> {
    if (!ready) {
      if (Date.now() - lastFailure < retryMs) {
        return Promise.reject(new StoreUnavailableError(new Error('still retrying the connection')));
      }
      ready = connection.migrate().catch((error: unknown) => {
        ready = undefined;
        if (isUnreachable(error)) lastFailure = Date.now();
        throw error;
      });
    }
    return ready;
  }

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      const result = await work();
      reachable = true;
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailableError || isUnreachable(error)) reachable = false;
      if (error instanceof StoreUnavailableError) throw error;
      if (isUnreachable(error)) throw new StoreUnavailableError(error);
      throw error;
    }
  }

  const keyedHash = (...parts: string[]) =>
    createHmac('sha256', options.voteKey).update(parts.join('\0')).digest('base64url');
  const voterHash = (guildId: string, answerRef: string, userId: string) =>
    keyedHash(guildId, answerRef, userId);
  const cooldownHash = (key: string) => keyedHash('cooldown', key);

  /**
   * Takes one row of the server's budget for this minute, in one statement, so processes racing on one
   * database never take more than the budget between them. Inside a transaction, a rollback gives it back.
   */
  async function takeWrite(on: Pick<Database, 'insert'>, guildId: string, at: Date): Promise<boolean> {
    const taken = await on
      .insert(writeBudget)
      .values({ guildId, minute: minuteOf(at), used: 1 })
      .onConflictDoUpdate({
        target: [writeBudget.guildId, writeBudget.minute],
        set: { used: sql`${writeBudget.used} + 1` },
        setWhere: lt(writeBudget.used, options.writesPerMinute),
      })
      .returning({ used: writeBudget.used });
    return taken.length > 0;
  }

  /** Thrown to roll back a transaction whose row the write limit refused. */
  class Limited extends Error {}

  return {
    kind: connection.kind,

    /** Whether the last call reached the database. */
    status: (): 'up' | 'down' => (reachable ? 'up' : 'down'),

    /** Connects and migrates now: start-up calls it so a failed migration stops the start. */
    ready: () => ensureReady(),

    /**
     * Counts a question asked in a server and, when `queue` says why, keeps its text for curators.
     * Returns whether the text was kept (false past the server's write budget).
     */
    recordQuestion(entry: {
      guildId: string;
      question: string;
      factId: string | null;
      queue: Exclude<QueueReason, 'flagged'> | null;
    }): Promise<{ queued: boolean }> {
      return guard(async () => {
        const at = now();
        // Counters are updated in place, so they never add more than one row per server, day and fact.
        await db
          .insert(dailyCounts)
          .values({
            guildId: entry.guildId,
            day: utcDay(at),
            outcome: entry.factId ? 'answered' : 'declined',
            factId: entry.factId ?? '',
            count: 1,
          })
          .onConflictDoUpdate({
            target: [dailyCounts.guildId, dailyCounts.day, dailyCounts.outcome, dailyCounts.factId],
            set: { count: sql`${dailyCounts.count} + 1` },
          });
        if (!entry.queue || !(await takeWrite(db, entry.guildId, at))) return { queued: false };
        await db.insert(queueEntries).values({
          guildId: entry.guildId,
          reason: entry.queue,
          question: entry.question,
          factId: entry.factId,
          createdAt: at,
        });
        return { queued: true };
      });
    },

    /**
     * Records one user's feedback on one answer. The user id only feeds the keyed hash and is not stored.
     * "wrong" also queues the question, with the user's optional reason, for curators.
     */
    vote(entry: {
      guildId: string;
      answerRef: string;
      factId: string;
      userId: string;
      vote: Vote;
      question?: string;
      note?: string;
    }): Promise<'recorded' | 'duplicate' | 'limited'> {
      return guard(async () => {
        const at = now();
        const outcome = db.transaction(async (tx) => {
          const inserted = await tx
            .insert(votes)
            .values({
              guildId: entry.guildId,
              answerRef: entry.answerRef,
              factId: entry.factId,
              vote: entry.vote,
              voterHash: voterHash(entry.guildId, entry.answerRef, entry.userId),
              createdAt: at,
            })
            .onConflictDoNothing()
            .returning({ id: votes.id });
          if (inserted.length === 0) return 'duplicate';
          // Taken after the vote, so a repeated click spends nothing of the budget.
          if (!(await takeWrite(tx, entry.guildId, at))) throw new Limited();
          if (entry.vote === 'wrong' && entry.question) {
            await tx.insert(queueEntries).values({
              guildId: entry.guildId,
              reason: 'flagged',
              question: entry.question,
              factId: entry.factId,
              note: entry.note || null,
              createdAt: at,
            });
          }
          return 'recorded' as const;
        });
        return outcome.catch((error: unknown) => {
          if (error instanceof Limited) return 'limited' as const;
          throw error;
        });
      });
    },

    /** A server's open queue, newest first. */
    openEntries(guildId: string): Promise<QueueEntry[]> {
      return guard(() =>
        db
          .select()
          .from(queueEntries)
          .where(and(eq(queueEntries.guildId, guildId), eq(queueEntries.status, 'open')))
          .orderBy(desc(queueEntries.createdAt), desc(queueEntries.id))
          .limit(GAP_ENTRY_LIMIT),
      );
    },

    /** Closes open entries of this server: dismissed, or answered by a fact. Returns how many changed. */
    closeEntries(
      guildId: string,
      ids: readonly number[],
      close: { status: 'dismissed' } | { status: 'answered'; factId: string },
    ): Promise<number> {
      if (ids.length === 0) return Promise.resolve(0);
      return guard(async () => {
        const changed = await db
          .update(queueEntries)
          .set({ status: close.status, answeredBy: close.status === 'answered' ? close.factId : null })
          .where(
            and(
              eq(queueEntries.guildId, guildId),
              eq(queueEntries.status, 'open'),
              inArray(queueEntries.id, [...ids]),
            ),
          )
          .returning({ id: queueEntries.id });
        return changed.length;
      });
    },

    /** Questions, outcomes, feedback and top facts over the last `days` days: one server, or all of them. */
    stats(guildId: string | null, days: number): Promise<Stats> {
      return guard(async () => {
        const at = now();
        const firstDay = utcDay(daysBefore(at, days - 1));
        const inGuild = guildId === null ? undefined : eq(dailyCounts.guildId, guildId);
        const counts = await db
          .select({ outcome: dailyCounts.outcome, factId: dailyCounts.factId, count: sum(dailyCounts.count) })
          .from(dailyCounts)
          .where(and(inGuild, gte(dailyCounts.day, firstDay)))
          .groupBy(dailyCounts.outcome, dailyCounts.factId);
        const voteRows = await db
          .select({ vote: votes.vote, count: sql<number>`count(*)::int` })
          .from(votes)
          .where(
            and(
              guildId === null ? undefined : eq(votes.guildId, guildId),
              gte(votes.createdAt, daysBefore(at, days)),
            ),
          )
          .groupBy(votes.vote);
        const guilds = await db
          .selectDistinct({ guildId: dailyCounts.guildId })
          .from(dailyCounts)
          .where(and(inGuild, gte(dailyCounts.day, firstDay)));
        const answered = counts.filter((c) => c.outcome === 'answered');
        const total = (rows: typeof counts) => rows.reduce((n, r) => n + Number(r.count), 0);
        const declined = total(counts.filter((c) => c.outcome === 'declined'));
        return {
          days,
          asked: total(answered) + declined,
          answered: total(answered),
          declined,
          votes: {
            helpful: 0,
            unhelpful: 0,
            wrong: 0,
            ...Object.fromEntries(voteRows.map((v) => [v.vote, Number(v.count)])),
          },
          topFacts: answered
            .map((c) => ({ factId: c.factId, count: Number(c.count) }))
            .sort((a, b) => b.count - a.count || a.factId.localeCompare(b.factId))
            .slice(0, 5),
          guilds: guilds.length,
        };
      });
    },

    /** Questions moderators marked as answered by a fact, across servers: phrasings for curators to review. */
    suggestions(): Promise<Suggestion[]> {
      return guard(async () => {
        const rows = await db
          .select({
            factId: queueEntries.answeredBy,
            question: queueEntries.question,
            asked: sql<number>`count(*)::int`,
          })
          .from(queueEntries)
          .where(eq(queueEntries.status, 'answered'))
          .groupBy(queueEntries.answeredBy, queueEntries.question)
          .orderBy(asc(queueEntries.answeredBy), desc(sql`count(*)`), asc(queueEntries.question));
        return rows.map((r) => ({ factId: r.factId ?? '', question: r.question, asked: Number(r.asked) }));
      });
    },

    settings(guildId: string): Promise<GuildSettingsRow | undefined> {
      return guard(async () => {
        const [row] = await db.select().from(guildSettings).where(eq(guildSettings.guildId, guildId));
        return row;
      });
    },

    /**
     * Starts a cooldown on `key` unless one is running, in one statement: of processes racing on one
     * database, exactly one starts it. Resolves to 0 when started, otherwise the whole seconds left. The key
     * is stored only as a keyed hash.
     */
    takeCooldown(key: string, seconds: number): Promise<number> {
      return guard(async () => {
        const keyHash = cooldownHash(key);
        for (;;) {
          const at = now();
          const until = new Date(at.getTime() + seconds * 1000);
          const started = await db
            .insert(cooldowns)
            .values({ keyHash, until })
            .onConflictDoUpdate({
              target: cooldowns.keyHash,
              set: { until },
              setWhere: lte(cooldowns.until, at),
            })
            .returning({ until: cooldowns.until });
          if (started.length > 0) return 0;
          const [running] = await db
            .select({ until: cooldowns.until })
            .from(cooldowns)
            .where(eq(cooldowns.keyHash, keyHash));
          // Released or purged in between: try again to start it.
          if (running) return Math.max(1, Math.ceil((running.until.getTime() - at.getTime()) / 1000));
        }
      });
    },

    /** Ends a cooldown early: what it was taken for did not happen. */
    releaseCooldown(key: string): Promise<void> {
      return guard(async () => {
        await db.delete(cooldowns).where(eq(cooldowns.keyHash, cooldownHash(key)));
      });
    },

    /** Changes some of a server's settings; null puts one back to the deployment's default. */
    saveSettings(guildId: string, patch: SettingsPatch): Promise<GuildSettingsRow> {
      return guard(async () => {
        const [row] = await db
          .insert(guildSettings)
          .values({ guildId, ...patch, updatedAt: now() })
          .onConflictDoUpdate({ target: guildSettings.guildId, set: { ...patch, updatedAt: now() } })
          .returning();
        if (!row) throw new Error('saving settings returned no row');
        return row;
      });
    },

    /**
     * Deletes queue entries, votes and daily counts older than `days` days, and the cooldowns and write
     * budgets that have run out.
     */
    purge(days: number): Promise<{ entries: number; votes: number; counts: number; expired: number }> {
      return guard(async () => {
        const cutoff = daysBefore(now(), days);
        const entries = await db
          .delete(queueEntries)
          .where(lt(queueEntries.createdAt, cutoff))
          .returning({ id: queueEntries.id });
        const oldVotes = await db
          .delete(votes)
          .where(lt(votes.createdAt, cutoff))
          .returning({ id: votes.id });
        const counts = await db
          .delete(dailyCounts)
          .where(lt(dailyCounts.day, utcDay(cutoff)))
          .returning({ day: dailyCounts.day });
        const expiredCooldowns = await db
          .delete(cooldowns)
          .where(lte(cooldowns.until, now()))
          .returning({ keyHash: cooldowns.keyHash });
        const spentBudgets = await db
          .delete(writeBudget)
          .where(lt(writeBudget.minute, minuteOf(now())))
          .returning({ minute: writeBudget.minute });
        return {
          entries: entries.length,
          votes: oldVotes.length,
          counts: counts.length,
          expired: expiredCooldowns.length + spentBudgets.length,
        };
      });
    },

    close: () => connection.close(),
  };
}

export type Store = ReturnType<typeof createStore>;

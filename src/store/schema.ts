// The tables of factdesk's curation data, as drizzle-orm schema: the one source of the SQL migrations that
// drizzle-kit generates into src/store/migrations and of the row types the store uses. No table has a
// column for a user id, a user name or a message; the guild id only keeps each server's data apart.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const QUEUE_REASONS = ['declined', 'low_confidence', 'flagged'] as const;
export const QUEUE_STATUSES = ['open', 'dismissed', 'answered'] as const;
export const VOTES = ['helpful', 'unhelpful', 'wrong'] as const;
export const OUTCOMES = ['answered', 'declined'] as const;

/**
 * Questions a curator should look at: declined, answered with low confidence, or flagged "Wrong fact".
 * The only table that holds question text.
 */
export const queueEntries = pgTable(
  'queue_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    guildId: text('guild_id').notNull(),
    reason: text('reason', { enum: QUEUE_REASONS }).notNull(),
    question: text('question').notNull(),
    /** The fact the question was answered with (low confidence, flagged). */
    factId: text('fact_id'),
    /** The optional one-line reason given with "Wrong fact". */
    note: text('note'),
    status: text('status', { enum: QUEUE_STATUSES }).notNull().default('open'),
    /** The fact a moderator said answers the question: a phrasing suggestion for curators. */
    answeredBy: text('answered_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('queue_entries_guild_status').on(t.guildId, t.status, t.createdAt),
    index('queue_entries_created').on(t.createdAt),
  ],
);

/** Feedback on an answer. `voterHash` is a keyed hash of guild, answer and user: one vote each, no user id. */
export const votes = pgTable(
  'votes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    guildId: text('guild_id').notNull(),
    answerRef: text('answer_ref').notNull(),
    factId: text('fact_id').notNull(),
    vote: text('vote', { enum: VOTES }).notNull(),
    voterHash: text('voter_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('votes_one_per_voter').on(t.answerRef, t.voterHash),
    index('votes_guild_created').on(t.guildId, t.createdAt),
  ],
);

/** How many questions each server asked per day, by outcome and fact: counters, no text. */
export const dailyCounts = pgTable(
  'daily_counts',
  {
    guildId: text('guild_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: OUTCOMES }).notNull(),
    /** The fact answered with; '' for declined questions (a key column cannot be null). */
    factId: text('fact_id').notNull().default(''),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.guildId, t.day, t.outcome, t.factId] })],
);

/**
 * A server's own settings (src/settings/guildSettings.ts); a null column means "the deployment's default
 * from the environment".
 */
export const guildSettings = pgTable('guild_settings', {
  guildId: text('guild_id').primaryKey(),
  replyVisibility: text('reply_visibility', { enum: ['private', 'public'] }),
  summaryChannelId: text('summary_channel_id'),
  cooldownPublicSeconds: integer('cooldown_public_seconds'),
  cooldownSummarySeconds: integer('cooldown_summary_seconds'),
  language: text('language', { enum: ['en', 'es', 'auto'] }),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/**
 * Cooldowns every process shares: a keyed hash of what is cooling down (a kind, a server and a user, never
 * stored as such) and until when. Expired rows are deleted with the retention run.
 */
export const cooldowns = pgTable(
  'cooldowns',
  {
    keyHash: text('key_hash').primaryKey(),
    until: timestamp('until', { withTimezone: true }).notNull(),
  },
  (t) => [index('cooldowns_until').on(t.until)],
);

/** Rows each server added in each minute: the write limit every process shares. Old minutes are deleted. */
export const writeBudget = pgTable(
  'write_budget',
  {
    guildId: text('guild_id').notNull(),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    used: integer('used').notNull(),
  },
  (t) => [primaryKey({ columns: [t.guildId, t.minute] })],
);

// The only place that reads the environment: loads .env with dotenv, parses every key with zod, and reports
// all missing or malformed keys in one message that names them and never shows a secret's value.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const Snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const Seconds = z.coerce.number().int().min(0).max(86_400);

export const Config = z
  .object({
    /** Bot token; without it factdesk runs offline on the embedded fact base. */
    DISCORD_TOKEN: z
      .string()
      .regex(
        /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
        'is not shaped like a bot token (three dot-separated parts)',
      )
      .optional(),
    DISCORD_APPLICATION_ID: Snowflake.optional(),
    /** Register commands to this server only (instant), instead of globally (up to an hour). */
    DISCORD_GUILD_ID: Snowflake.optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** Whether a person's own lookups are private (only they see them) or public by default. */
    REPLY_VISIBILITY: z.enum(['private', 'public']).default('private'),
    /** Fact base folder; the embedded data/ when unset. */
    FACTDESK_DATA_DIR: z.string().min(1).optional(),
    /** Seconds a user waits between public replies (answers shared with the channel). 0 turns it off. */
    COOLDOWN_PUBLIC_SECONDS: Seconds.default(30),
    /** Seconds a moderator waits between /summary posts. 0 turns it off. */
    COOLDOWN_SUMMARY_SECONDS: Seconds.default(120),
    /** Comma-separated user ids allowed to /reload the fact base. */
    BOT_OWNER_IDS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(Snowflake)),
    /** "true" reloads the fact base when a file in it changes. */
    WATCH_DATA: z
      .enum(['true', 'false'])
      .default('false')
      .transform((s) => s === 'true'),
    /** A PostgreSQL server (postgres://…); when unset, the embedded database in FACTDESK_DB_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    /** Folder of the embedded database (PGlite) when DATABASE_URL is unset. */
    FACTDESK_DB_DIR: z.string().min(1).default('.factdesk/db'),
    /** Days the curation queue, votes and daily counts are kept before the bot deletes them. */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** Rows one server may add per minute (queued questions and votes); more are dropped. */
    STORE_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    /**
     * Key of the hash that keeps one vote per user per answer without storing who voted. Needed when several
     * processes share DATABASE_URL; the embedded database keeps a generated one beside its files.
     */
    VOTE_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  })
  .refine((c) => !c.DISCORD_TOKEN || c.DISCORD_APPLICATION_ID, {
    message: 'is required when DISCORD_TOKEN is set',
    path: ['DISCORD_APPLICATION_ID'],
  })
  .refine((c) => !c.DATABASE_URL || c.VOTE_KEY, {
    message: 'is required when DATABASE_URL is set, so every process hashes votes alike',
    path: ['VOTE_KEY'],
  });

export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration problem(s) — check .env or the environment (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Parses configuration from an environment object. Messages name keys, never values. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty values in .env ("DISCORD_TOKEN=") mean "not set", as people write them.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = Config.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'} ${issue.message}`),
  );
}

/** Reads .env (when present) and the process environment. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

// The only place that reads the environment: loads .env with dotenv, parses every key with zod, and reports
// all missing or malformed keys in one message that names them and never shows a secret's value.
import { config as loadDotenv } from 'dotenv';
import { statSync } from 'node:fs';
import { z } from 'zod';
import { CooldownSeconds, ReplyLanguage, ReplyVisibility } from './settings/guildSettings.js';

const Snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const Seconds = z.coerce.number().pipe(CooldownSeconds);
const Port = z.coerce.number().int().min(1).max(65_535);

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
    REPLY_VISIBILITY: ReplyVisibility.default('private'),
    /** Reply language: en, es, or auto (each user's Discord language, else the server's, else the question's). */
    REPLY_LANGUAGE: ReplyLanguage.default('auto'),
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
    /** The organisation that curates the fact base: the author of exported ClaimReviews (`npm run export`). */
    CURATOR_ORGANIZATION: z.string().trim().min(2).max(200).optional(),
    /** The curating organisation's website, exported with its name. */
    CURATOR_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Each fact's public page, with {id} for the fact id (https://example.org/facts/{id}); exported as url. */
    FACT_URL_TEMPLATE: z
      .string()
      .refine((t) => /^https?:\/\//.test(t) && t.includes('{id}') && URL.canParse(t.replace('{id}', 'x')), {
        message: 'must be an http(s) URL with {id} where the fact id goes',
      })
      .optional(),
    /** Discord's REST API, or a proxy in front of it (and the capture server in tests). */
    DISCORD_API_BASE: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
    /** gateway: one WebSocket connection (or shards). http: Discord POSTs interactions to this server. */
    INTERACTIONS_MODE: z.enum(['gateway', 'http']).default('gateway'),
    /** The application's Ed25519 public key (General Information → Public Key), for INTERACTIONS_MODE=http. */
    DISCORD_PUBLIC_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'must be the 64 hex digits of the application public key')
      .optional(),
    /** Where the interactions endpoint listens in http mode. */
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: Port.default(8787),
    /** off: one gateway connection; auto: as many shards as Discord recommends; or a number of shards. */
    GATEWAY_SHARDS: z
      .union([z.enum(['off', 'auto']), z.coerce.number().int().min(1).max(1024)])
      .default('off'),
    /** /healthz and /metrics listen on this port when set; off when unset. */
    METRICS_PORT: Port.optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  })
  .refine((c) => !c.DISCORD_TOKEN || c.DISCORD_APPLICATION_ID, {
    message: 'is required when DISCORD_TOKEN is set',
    path: ['DISCORD_APPLICATION_ID'],
  })
  .refine((c) => !c.DATABASE_URL || c.VOTE_KEY, {
    message: 'is required when DATABASE_URL is set, so every process hashes votes alike',
    path: ['VOTE_KEY'],
  })
  .refine((c) => c.INTERACTIONS_MODE !== 'http' || c.DISCORD_PUBLIC_KEY, {
    message: 'is required when INTERACTIONS_MODE is http',
    path: ['DISCORD_PUBLIC_KEY'],
  })
  .refine((c) => c.INTERACTIONS_MODE !== 'http' || c.DISCORD_APPLICATION_ID, {
    message: 'is required when INTERACTIONS_MODE is http',
    path: ['DISCORD_APPLICATION_ID'],
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

/**
 * A warning when the env file holding the token can be read by other users of the machine, or undefined.
 * Only the permission bits are read, never the file.
 */
export function envFileWarning(path = '.env'): string | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return undefined;
  }
  if ((mode & 0o077) === 0) return undefined;
  const octal = (mode & 0o777).toString(8);
  return `${path} is readable by other users (mode ${octal}); it may hold the bot token: run chmod 600 ${path}`;
}

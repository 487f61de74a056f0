import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, envFileWarning, parseConfig } from '../src/config.js';

const token = 'MTA1NTk4NzY1NDMyMTA5ODc2NQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs offline with nothing set, with private replies by default', () => {
    const config = parseConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config).toMatchObject({ REPLY_VISIBILITY: 'private', LOG_LEVEL: 'info' });
  });

  it('treats empty values as unset, as .env files write them', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ' }).DISCORD_TOKEN).toBeUndefined();
  });

  it('needs the application id when a token is set, and says so by name', () => {
    expect(problems({ DISCORD_TOKEN: token })).toEqual([
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set',
    ]);
  });

  it('reports every malformed key at once, naming each and showing no value', () => {
    const found = problems({
      DISCORD_TOKEN: 'not-a-token-secret-value',
      LOG_LEVEL: 'loud',
      DISCORD_GUILD_ID: '12',
    });
    expect(found.map((p) => p.split(' ')[0]).sort()).toEqual([
      'DISCORD_GUILD_ID',
      'DISCORD_TOKEN',
      'LOG_LEVEL',
    ]);
    expect(found.join('\n')).not.toContain('not-a-token-secret-value');
  });

  it('reads owner ids, cooldowns and the data watch switch', () => {
    const config = parseConfig({
      BOT_OWNER_IDS: '123456789012345678, 223456789012345678',
      COOLDOWN_PUBLIC_SECONDS: '5',
      WATCH_DATA: 'true',
    });
    expect(config).toMatchObject({
      BOT_OWNER_IDS: ['123456789012345678', '223456789012345678'],
      COOLDOWN_PUBLIC_SECONDS: 5,
      WATCH_DATA: true,
    });
  });

  it('uses the embedded database by default, kept 90 days', () => {
    expect(parseConfig({})).toMatchObject({
      FACTDESK_DB_DIR: '.factdesk/db',
      RETENTION_DAYS: 90,
      STORE_WRITES_PER_MINUTE: 60,
    });
    expect(parseConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('needs a vote key with a database server, and names a bad URL without showing it', () => {
    expect(problems({ DATABASE_URL: 'postgres://bot:s3cret@db:5432/factdesk' })).toEqual([
      'VOTE_KEY is required when DATABASE_URL is set, so every process hashes votes alike',
    ]);
    const bad = problems({
      DATABASE_URL: 'mysql://bot:s3cret@db/factdesk',
      RETENTION_DAYS: '0',
      VOTE_KEY: 'k'.repeat(32),
    });
    expect(bad).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
      expect.stringMatching(/^RETENTION_DAYS /),
    ]);
    expect(bad.join('\n')).not.toContain('s3cret');
  });
});

describe('operating configuration', () => {
  it('keeps health and metrics off, and every listener on 127.0.0.1, unless told otherwise', () => {
    expect(parseConfig({}).METRICS_PORT).toBeUndefined();
    expect(parseConfig({})).toMatchObject({
      METRICS_HOST: '127.0.0.1',
      HOST: '127.0.0.1',
      PORT: 8787,
      INTERACTIONS_MODE: 'gateway',
      GATEWAY_SHARDS: 'off',
    });
  });

  it('needs the public key and application id for the HTTP endpoint, and says so by name', () => {
    expect(problems({ INTERACTIONS_MODE: 'http' })).toEqual([
      'DISCORD_PUBLIC_KEY is required when INTERACTIONS_MODE is http',
      'DISCORD_APPLICATION_ID is required when INTERACTIONS_MODE is http',
    ]);
    expect(problems({ INTERACTIONS_MODE: 'http', DISCORD_PUBLIC_KEY: 'abc' })).toContain(
      'DISCORD_PUBLIC_KEY must be the 64 hex digits of the application public key',
    );
  });

  it('takes a shard count as auto or a number', () => {
    expect(parseConfig({ GATEWAY_SHARDS: 'auto' }).GATEWAY_SHARDS).toBe('auto');
    expect(parseConfig({ GATEWAY_SHARDS: '4' }).GATEWAY_SHARDS).toBe(4);
    expect(problems({ GATEWAY_SHARDS: 'many' })).toHaveLength(1);
  });

  it('warns when the env file can be read by other users, and not when only its owner can', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'factdesk-env-')), '.env');
    await writeFile(path, 'DISCORD_TOKEN=\n');
    await chmod(path, 0o644);
    expect(envFileWarning(path)).toBe(
      `${path} is readable by other users (mode 644); it may hold the bot token: run chmod 600 ${path}`,
    );
    await chmod(path, 0o600);
    expect(envFileWarning(path)).toBeUndefined();
    expect(envFileWarning(join(path, 'missing'))).toBeUndefined();
  });
});

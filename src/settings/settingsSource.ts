// Where handlers get a server's settings: read from the database, kept for a few seconds so an interaction
// costs no query, and never waited on for long — a database that is down or slow gives the deployment's
// defaults, marked unavailable, so answers never wait on settings.
import type { Logger } from '../logger.js';
import { describeError } from '../store/database.js';
import { StoreUnavailableError, type Store } from '../store/store.js';
import {
  resolveSettings,
  type GuildSettings,
  type ResolvedSettings,
  type SettingsChange,
} from './guildSettings.js';

export interface SettingsSource {
  /** A server's settings; the defaults outside servers and while the database cannot be read. */
  get(guildId: string | null): Promise<ResolvedSettings>;
  /** Saves a change and returns the server's new settings; StoreUnavailableError while the database is down. */
  change(guildId: string, change: SettingsChange): Promise<ResolvedSettings>;
}

export const SETTINGS_SOURCE_DEFAULTS = {
  /**
   * How long a server's settings are reused before being read again. A change made on this process applies
   * at once; other processes sharing the database see it within this time.
   */
  cacheMs: 10_000,
  /** How long a lookup waits for the database before answering with the defaults: well inside Discord's 3 s. */
  timeoutMs: 500,
  /** After a failed read, how long the defaults stand in before the database is tried again. */
  retryMs: 5_000,
  /** Servers whose settings are kept at once; the least recently read are dropped first. */
  maxEntries: 10_000,
} as const;

export function createSettingsSource(options: {
  store?: Pick<Store, 'settings' | 'saveSettings'>;
  defaults: GuildSettings;
  logger: Logger;
  now?: () => number;
  timing?: Partial<typeof SETTINGS_SOURCE_DEFAULTS>;
}): SettingsSource {
  const { store, defaults, logger } = options;
  const timing = { ...SETTINGS_SOURCE_DEFAULTS, ...options.timing };
  const now = options.now ?? Date.now;
  const cache = new Map<string, { settings: ResolvedSettings; until: number }>();
  const unavailable = resolveSettings(defaults, undefined, false);

  function remember(guildId: string, settings: ResolvedSettings, forMs: number) {
    cache.delete(guildId);
    if (cache.size >= timing.maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(guildId, { settings, until: now() + forMs });
    return settings;
  }

  function read(guildId: string, store: Pick<Store, 'settings'>): Promise<ResolvedSettings> {
    return store.settings(guildId).then(
      (row) => remember(guildId, resolveSettings(defaults, row), timing.cacheMs),
      (error: unknown) => {
        logger.warn('server settings unavailable; using the defaults', { error: describeError(error) });
        return remember(guildId, unavailable, timing.retryMs);
      },
    );
  }

  return {
    async get(guildId) {
      if (!guildId) return resolveSettings(defaults, undefined);
      if (!store) return unavailable;
      const cached = cache.get(guildId);
      if (cached && cached.until > now()) return cached.settings;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<ResolvedSettings>((resolve) => {
        timer = setTimeout(() => resolve(unavailable), timing.timeoutMs);
      });
      // The read goes on after a timeout and fills the cache for the next interaction.
      const settings = await Promise.race([read(guildId, store), timeout]);
      clearTimeout(timer);
      return settings;
    },

    async change(guildId, change) {
      if (!store) throw new StoreUnavailableError(new Error('no database is configured'));
      const row = await store.saveSettings(guildId, change);
      return remember(guildId, resolveSettings(defaults, row), timing.cacheMs);
    },
  };
}

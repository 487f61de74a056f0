// A server's settings for factdesk: who sees lookups by default, where summaries go, the cooldowns on what
// reaches a channel, and the reply language. The zod schemas here are the one source of their types, of the
// checks on /settings input and of the environment keys that give every server its defaults.
import { z } from 'zod';

/** Who sees a lookup unless the user chooses with `share`: only them, or the channel. */
export const ReplyVisibility = z.enum(['private', 'public']);

/** The longest cooldown: a day is the most that still reads as a cooldown. */
export const MAX_COOLDOWN_SECONDS = 86_400;

/** Seconds of a cooldown; 0 turns it off. */
export const CooldownSeconds = z.int().min(0).max(MAX_COOLDOWN_SECONDS);

/**
 * The language of replies: always English, always Spanish, or `auto` — the user's Discord language, then the
 * server's, then the question's (the rendering decides; settings only carry the choice).
 */
export const ReplyLanguage = z.enum(['en', 'es', 'auto']);

/** A Discord channel id (a snowflake). */
export const ChannelId = z.string().regex(/^\d{17,20}$/);

/** Every setting a server has, with a value: its own, or the deployment's default. */
export const GuildSettings = z.object({
  replyVisibility: ReplyVisibility,
  /** Where /summary posts when no channel is given; null: the channel it is run in. */
  summaryChannelId: ChannelId.nullable(),
  cooldownPublicSeconds: CooldownSeconds,
  cooldownSummarySeconds: CooldownSeconds,
  language: ReplyLanguage,
});
export type GuildSettings = z.infer<typeof GuildSettings>;
export type SettingName = keyof GuildSettings;
export const SETTING_NAMES = GuildSettings.keyof().options;

/** A change to a server's settings: a new value, or null to go back to the deployment's default. */
export type SettingsChange = { [K in SettingName]?: GuildSettings[K] | null };

/** The settings a handler runs with. */
export interface ResolvedSettings extends GuildSettings {
  /** The settings this server set itself; every other value is the deployment's default. */
  own: readonly SettingName[];
  /** False when the database could not be read: every value is then the deployment's default. */
  available: boolean;
}

/** The deployment's defaults, from the environment (src/config.ts). */
export interface SettingsDefaults {
  REPLY_VISIBILITY: GuildSettings['replyVisibility'];
  COOLDOWN_PUBLIC_SECONDS: number;
  COOLDOWN_SUMMARY_SECONDS: number;
  REPLY_LANGUAGE: GuildSettings['language'];
}

export function defaultSettings(config: SettingsDefaults): GuildSettings {
  return {
    replyVisibility: config.REPLY_VISIBILITY,
    summaryChannelId: null,
    cooldownPublicSeconds: config.COOLDOWN_PUBLIC_SECONDS,
    cooldownSummarySeconds: config.COOLDOWN_SUMMARY_SECONDS,
    language: config.REPLY_LANGUAGE,
  };
}

/**
 * A server's settings from its stored values over the defaults. A stored value that is null, or that this
 * version does not accept (written by another version, or by hand), leaves the default in place.
 */
export function resolveSettings(
  defaults: GuildSettings,
  stored: Partial<Record<SettingName, unknown>> | undefined,
  available = true,
): ResolvedSettings {
  const settings: GuildSettings = { ...defaults };
  const own: SettingName[] = [];
  for (const name of SETTING_NAMES) {
    const value = stored?.[name];
    if (value === null || value === undefined) continue;
    const parsed = GuildSettings.shape[name].safeParse(value);
    if (!parsed.success || parsed.data === null) continue;
    (settings as Record<SettingName, unknown>)[name] = parsed.data;
    own.push(name);
  }
  return { ...settings, own, available };
}

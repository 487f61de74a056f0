// /settings [visibility] [summary_channel] [cooldown_public] [cooldown_summary] [language] [reset] — people
// who manage a server see factdesk's settings there and change them; without options it only shows them.
// Every value is checked by the zod schema of the settings, whatever Discord let through.
import {
  ApplicationCommandOptionType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { z } from 'zod';
import { catalogFor, UserError, type SettingOption } from '../src/messages.js';
import { renderSettings } from '../src/render/discord/settings.js';
import {
  ChannelId,
  CooldownSeconds,
  MAX_COOLDOWN_SECONDS,
  ReplyLanguage,
  ReplyVisibility,
  SETTING_NAMES,
  type SettingName,
  type SettingsChange,
} from '../src/settings/guildSettings.js';
import { slashCommand } from './command.js';
import { fromStore, memberScope } from './moderators.js';

/** Each option of the command, and the setting it changes. */
const OPTION_OF = {
  replyVisibility: 'visibility',
  summaryChannelId: 'summary_channel',
  cooldownPublicSeconds: 'cooldown_public',
  cooldownSummarySeconds: 'cooldown_summary',
  language: 'language',
} as const satisfies Record<SettingName, string>;

type OptionName = (typeof OPTION_OF)[SettingName];

const cooldownOption = (name: OptionName, what: string) =>
  ({
    type: ApplicationCommandOptionType.Integer,
    name,
    description: `Seconds a person waits between ${what}; 0 turns it off`,
    min_value: 0,
    max_value: MAX_COOLDOWN_SECONDS,
  }) as const;

const data = {
  name: 'settings',
  description: 'See or change factdesk’s settings in this server (server managers)',
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'visibility',
      description: 'Who sees a lookup by default: only the person who asks, or the channel',
      choices: [
        { name: 'private', value: 'private' },
        { name: 'public', value: 'public' },
      ],
    },
    {
      type: ApplicationCommandOptionType.Channel,
      name: 'summary_channel',
      description: 'Where /summary posts when no channel is given',
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    cooldownOption('cooldown_public', 'answers shared in a channel'),
    cooldownOption('cooldown_summary', 'summaries posted'),
    {
      type: ApplicationCommandOptionType.String,
      name: 'language',
      description: 'Reply language: English, Spanish, or auto (each person’s Discord language)',
      choices: [
        { name: 'English', value: 'en' },
        { name: 'Spanish', value: 'es' },
        { name: 'auto', value: 'auto' },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'reset',
      description: 'Put a setting (or all) back to the deployment’s default',
      choices: [
        ...SETTING_NAMES.map((name) => ({ name: OPTION_OF[name], value: OPTION_OF[name] })),
        { name: 'all', value: 'all' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The options as /settings takes them, checked by the settings' own schemas. */
const SettingsOptions = z.strictObject({
  visibility: ReplyVisibility.optional(),
  summary_channel: ChannelId.optional(),
  cooldown_public: CooldownSeconds.optional(),
  cooldown_summary: CooldownSeconds.optional(),
  language: ReplyLanguage.optional(),
  reset: z.enum([...Object.values(OPTION_OF), 'all']).optional(),
});

/** The options refused with a message of their own (MESSAGES.settingInvalid). */
const SETTING_OPTIONS: Record<SettingOption, true> = {
  visibility: true,
  summary_channel: true,
  cooldown_public: true,
  cooldown_summary: true,
  language: true,
  reset: true,
};

/** The change the options ask for: new values, and nulls for the settings reset. */
function readChange(options: Record<string, unknown>): SettingsChange {
  const parsed = SettingsOptions.safeParse(options);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const option = String(issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0]);
    throw option in SETTING_OPTIONS
      ? new UserError('settingInvalid', option as SettingOption)
      : new UserError('badOption', option);
  }
  const { reset } = parsed.data;
  if (reset && reset !== 'all' && parsed.data[reset] !== undefined)
    throw new UserError('settingSetAndReset', reset);
  const change: SettingsChange = {};
  for (const name of SETTING_NAMES) {
    const option = OPTION_OF[name];
    const value = parsed.data[option];
    if (value !== undefined) (change as Record<SettingName, unknown>)[name] = value;
    else if (reset === 'all' || reset === option) change[name] = null;
  }
  return change;
}

export const settings = slashCommand({
  data,
  alwaysPrivate: true,
  async respond(input, context) {
    const guildId = memberScope(input, PermissionFlagsBits.ManageGuild, 'settingsNeedsPermission');
    const { MESSAGES, SETTINGS_TEXT } = catalogFor(input.locale);
    const change = readChange(input.options);
    const names = Object.keys(change) as SettingName[];
    if (names.length === 0) return { type: 'reply', body: renderSettings(input.settings, input.locale) };
    if (!input.settings.available) throw new UserError('settingsUnavailable');
    const saved = await fromStore(() => context.settings.change(guildId, change), 'settingsUnavailable');
    const reset = names.filter((name) => change[name] === null).map((name) => SETTINGS_TEXT.names[name]);
    const set = names.filter((name) => change[name] !== null).map((name) => SETTINGS_TEXT.names[name]);
    const done = [
      ...(set.length > 0 ? [MESSAGES.settingsSaved(set.join(', '))] : []),
      ...(reset.length > 0 ? [MESSAGES.settingsReset(reset.join(', '))] : []),
    ];
    return { type: 'reply', body: renderSettings(saved, input.locale, done.join(' ')) };
  },
});

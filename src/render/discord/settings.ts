// The /settings view: every setting of a server with its value and whether the server chose it or runs on
// the deployment's default. Always private: it is for the person managing the server.
import { catalogFor, type Catalog } from '../../messages.js';
import type { ReplyLocale } from '../../locale.js';
import {
  SETTING_NAMES,
  type GuildSettings,
  type ResolvedSettings,
  type SettingName,
} from '../../settings/guildSettings.js';
import { messageBody, type MessageBody } from './message.js';

function describeValue<K extends SettingName>(
  name: K,
  value: GuildSettings[K],
  SETTINGS_TEXT: Catalog['SETTINGS_TEXT'],
): string {
  switch (name) {
    case 'replyVisibility':
      return SETTINGS_TEXT.visibility[value as GuildSettings['replyVisibility']];
    case 'summaryChannelId':
      return value === null ? SETTINGS_TEXT.summaryHere : SETTINGS_TEXT.channel(value as string);
    case 'language':
      return SETTINGS_TEXT.language[value as GuildSettings['language']];
    default:
      return SETTINGS_TEXT.seconds(value as number);
  }
}

/** The settings as a private reply in the reader's language, after an optional line saying what was just changed. */
export function renderSettings(
  settings: ResolvedSettings,
  locale: ReplyLocale,
  changed?: string,
): MessageBody {
  const { SETTINGS_TEXT } = catalogFor(locale);
  return messageBody({
    visibility: 'private',
    content: changed,
    embeds: [
      {
        title: SETTINGS_TEXT.title,
        description: settings.available ? SETTINGS_TEXT.howToChange : SETTINGS_TEXT.unavailable,
        color: settings.available ? 0x3b82f6 : 0x9ca3af,
        fields: SETTING_NAMES.map((name) => ({
          name: SETTINGS_TEXT.names[name],
          value: `${describeValue(name, settings[name], SETTINGS_TEXT)}\n*${
            settings.own.includes(name) ? SETTINGS_TEXT.own : SETTINGS_TEXT.byDefault
          }*`,
        })),
      },
    ],
  });
}

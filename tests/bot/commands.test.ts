import { describe, expect, it } from 'vitest';
import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import {
  commandDefinitions,
  messageCommands,
  SPANISH_DISCORD_LOCALES,
  slashCommands,
} from '../../commands/index.js';
import { checkDiscordLimits, validateCommandsPut } from '../support/discordSpec.js';

describe('the command registry', () => {
  it('is a body Discord accepts for registering every command', () => {
    const body = commandDefinitions();
    expect(validateCommandsPut(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([]);
  });

  it('has the commands the issue names, once each', () => {
    const names = commandDefinitions().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'ask',
        'policies',
        'figures',
        'timeline',
        'positions',
        'who',
        'source',
        'summary',
        'about',
        'Find sourced facts',
      ]),
    );
  });

  it('lets every lookup be shared, and keeps /summary to moderators, /settings to server managers and /reload to administrators', () => {
    const notLookups = ['summary', 'reload', 'gaps', 'stats', 'settings'];
    for (const command of slashCommands.filter((c) => !notLookups.includes(c.data.name))) {
      expect(
        command.data.options?.some((o) => o.name === 'share'),
        command.data.name,
      ).toBe(true);
    }
    const summary = slashCommands.find((c) => c.data.name === 'summary');
    expect(summary?.data).toMatchObject({ default_member_permissions: '8192', contexts: [0] });
    const reload = slashCommands.find((c) => c.data.name === 'reload');
    expect(reload?.data).toMatchObject({ default_member_permissions: '8' });
    const settings = slashCommands.find((c) => c.data.name === 'settings');
    expect(settings?.data).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    for (const name of ['gaps', 'stats'])
      expect(slashCommands.find((c) => c.data.name === name)?.data, name).toMatchObject({
        default_member_permissions: '8192',
        contexts: [0],
      });
  });

  it('offers autocomplete only where a handler answers it', () => {
    for (const command of slashCommands) {
      // Subcommands carry their options one level down.
      const options = (command.data.options ?? []).flatMap((o) => [
        o,
        ...('options' in o ? ((o.options ?? []) as typeof command.data.options & object) : []),
      ]);
      const wantsAutocomplete = options.some((o) => 'autocomplete' in o && o.autocomplete);
      expect(Boolean(command.autocomplete), command.data.name).toBe(wantsAutocomplete);
    }
    expect(messageCommands.map((c) => c.data.type)).toEqual([3]);
  });

  it('names and describes every command, option and choice in Spanish for Spain and Latin America', () => {
    const missing: string[] = [];
    const needs = (where: string, owner: object, keys: string[]) => {
      for (const key of keys)
        for (const locale of SPANISH_DISCORD_LOCALES) {
          const map = (owner as Record<string, Record<string, string> | undefined>)[key];
          if (!map?.[locale]) missing.push(`${where} ${key} ${locale}`);
        }
    };
    for (const command of commandDefinitions()) {
      const chatInput = 'description' in command && command.description !== '';
      needs(
        command.name,
        command,
        chatInput ? ['name_localizations', 'description_localizations'] : ['name_localizations'],
      );
      const options = ('options' in command ? command.options : undefined) ?? [];
      for (const option of options as APIApplicationCommandOption[]) {
        needs(`${command.name} ${option.name}`, option, ['name_localizations', 'description_localizations']);
        for (const choice of 'choices' in option ? (option.choices ?? []) : [])
          needs(`${command.name} ${option.name} ${choice.name}`, choice, ['name_localizations']);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each command a Spanish name of its own, the same in both Spanish locales', () => {
    for (const locale of SPANISH_DISCORD_LOCALES) {
      const names = commandDefinitions().map((c) => c.name_localizations?.[locale]);
      expect(new Set(names).size, locale).toBe(names.length);
    }
    const ask = commandDefinitions().find((c) => c.name === 'ask');
    expect(ask?.name_localizations).toEqual({ 'es-ES': 'preguntar', 'es-419': 'preguntar' });
  });
});

// /settings through the real discord.js: a server manager sees the settings and changes them, every value
// is checked, each server keeps its own, and they take effect on /ask, "Find sourced facts", /summary and
// the cooldowns. With the database down the bot runs on the deployment's defaults and says so. Every
// request is checked against Discord's OpenAPI description after each test (useBotHarness).
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SETTINGS_TEXT, TEXT } from '../../src/messages.js';
import { SPANISH } from '../../src/messages.es.js';
import { openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { TEST_VOTE_KEY, useTestDatabase } from '../support/databases.js';
import {
  CHANNEL_ID,
  GUILD_ID,
  MODERATOR,
  lastCallback,
  messageContextMenu,
  slashCommand,
  useBotHarness,
  type Harness,
} from '../support/discordHarness.js';
import { freePort } from '../support/postgres.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const database = useTestDatabase();

const MANAGER = PermissionFlagsBits.ManageGuild | MODERATOR;
const OTHER_GUILD = '100000000000000021';
const NEWS_CHANNEL = '100000000000000077';

function inGuild<T extends Record<string, any>>(payload: T, guildId: string): T {
  return { ...payload, guild_id: guildId, channel: { ...payload.channel, guild_id: guildId } };
}

async function settings(h: Harness, options: Record<string, string | number> = {}, guildId = GUILD_ID) {
  await h.dispatch(inGuild(slashCommand('settings', options, { permissions: MANAGER }), guildId));
  return lastCallback(h).data;
}

/** The settings view as { field name: [value, whose] }. */
function fieldsOf(reply: any): Record<string, [string, string]> {
  return Object.fromEntries(
    reply.embeds[0].fields.map((f: any) => {
      const [value, whose] = f.value.split('\n');
      return [f.name, [value, whose.replaceAll('*', '')]];
    }),
  );
}

const names = SETTINGS_TEXT.names;

describe('/settings shows and changes a server’s settings', () => {
  it('shows every setting, privately, as the deployment’s default until the server changes it', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    const reply = await settings(h);
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0].description).toBe(SETTINGS_TEXT.howToChange);
    expect(fieldsOf(reply)).toEqual({
      [names.replyVisibility]: [SETTINGS_TEXT.visibility.private, SETTINGS_TEXT.byDefault],
      [names.summaryChannelId]: [SETTINGS_TEXT.summaryHere, SETTINGS_TEXT.byDefault],
      [names.cooldownPublicSeconds]: ['off', SETTINGS_TEXT.byDefault],
      [names.cooldownSummarySeconds]: ['off', SETTINGS_TEXT.byDefault],
      [names.language]: [SETTINGS_TEXT.language.auto, SETTINGS_TEXT.byDefault],
    });
  });

  it('speaks a Spanish-speaking manager’s language: the view, its values and what was changed', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    const es = SPANISH.SETTINGS_TEXT;
    await h.dispatch({ ...slashCommand('settings', {}, { permissions: MANAGER }), locale: 'es-419' });
    const view = lastCallback(h).data;
    expect(view.embeds[0].title).toBe('Ajustes de factdesk en este servidor');
    expect(view.embeds[0].description).toBe(es.howToChange);
    expect(fieldsOf(view)).toEqual({
      'Visibilidad de las respuestas': [es.visibility.private, 'valor por defecto de la instalación'],
      'Canal de resúmenes': [es.summaryHere, es.byDefault],
      'Espera entre respuestas compartidas': ['desactivada', es.byDefault],
      'Espera entre resúmenes': ['desactivada', es.byDefault],
      Idioma: [es.language.auto, es.byDefault],
    });
    await h.dispatch({
      ...slashCommand('settings', { cooldown_public: 45 }, { permissions: MANAGER }),
      locale: 'es-ES',
    });
    const changed = lastCallback(h).data;
    expect(changed.content).toBe(SPANISH.MESSAGES.settingsSaved('Espera entre respuestas compartidas'));
    expect(fieldsOf(changed)['Espera entre respuestas compartidas']).toEqual([
      '45 s por persona',
      'elegido por este servidor',
    ]);
  });

  it('saves changes, says what changed, and keeps each server’s apart', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    const reply = await settings(h, {
      visibility: 'public',
      summary_channel: NEWS_CHANNEL,
      cooldown_public: 45,
      language: 'es',
    });
    expect(reply.content).toBe(
      MESSAGES.settingsSaved(
        [names.replyVisibility, names.summaryChannelId, names.cooldownPublicSeconds, names.language].join(
          ', ',
        ),
      ),
    );
    expect(fieldsOf(reply)).toEqual({
      [names.replyVisibility]: [SETTINGS_TEXT.visibility.public, SETTINGS_TEXT.own],
      [names.summaryChannelId]: [`<#${NEWS_CHANNEL}>`, SETTINGS_TEXT.own],
      [names.cooldownPublicSeconds]: ['45 s per person', SETTINGS_TEXT.own],
      [names.cooldownSummarySeconds]: ['off', SETTINGS_TEXT.byDefault],
      [names.language]: [SETTINGS_TEXT.language.es, SETTINGS_TEXT.own],
    });
    expect(await store.settings(GUILD_ID)).toMatchObject({
      replyVisibility: 'public',
      summaryChannelId: NEWS_CHANNEL,
      cooldownPublicSeconds: 45,
      cooldownSummarySeconds: null,
      language: 'es',
    });
    const other = await settings(h, {}, OTHER_GUILD);
    expect(Object.values(fieldsOf(other)).every(([, whose]) => whose === SETTINGS_TEXT.byDefault)).toBe(true);
  });

  it('puts one setting, or all, back to the deployment’s default', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await settings(h, { visibility: 'public', cooldown_summary: 300 });
    const one = await settings(h, { reset: 'visibility' });
    expect(one.content).toBe(MESSAGES.settingsReset(names.replyVisibility));
    expect(fieldsOf(one)[names.replyVisibility]).toEqual([
      SETTINGS_TEXT.visibility.private,
      SETTINGS_TEXT.byDefault,
    ]);
    expect(fieldsOf(one)[names.cooldownSummarySeconds]).toEqual(['300 s per person', SETTINGS_TEXT.own]);
    const all = await settings(h, { reset: 'all', language: 'en' });
    expect(all.content).toContain(MESSAGES.settingsSaved(names.language));
    expect(fieldsOf(all)[names.cooldownSummarySeconds]).toEqual(['off', SETTINGS_TEXT.byDefault]);
    expect(fieldsOf(all)[names.language]).toEqual([SETTINGS_TEXT.language.en, SETTINGS_TEXT.own]);
  });

  it('refuses a value outside the rules with a message naming the option, and saves nothing', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    const refusals: [Record<string, string | number>, string][] = [
      [{ cooldown_public: 86_401 }, MESSAGES.settingInvalid('cooldown_public')],
      [{ cooldown_summary: -1 }, MESSAGES.settingInvalid('cooldown_summary')],
      [{ cooldown_summary: 1.5 }, MESSAGES.settingInvalid('cooldown_summary')],
      [{ summary_channel: 'general' }, MESSAGES.settingInvalid('summary_channel')],
      [{ visibility: 'public', reset: 'visibility' }, MESSAGES.settingSetAndReset('visibility')],
      [{ language: 'fr' }, MESSAGES.badOption('language')],
    ];
    for (const [options, message] of refusals) {
      const reply = await settings(h, options);
      expect(reply, JSON.stringify(options)).toMatchObject({ content: message, flags: 64 });
    }
    expect(await store.settings(GUILD_ID)).toBeUndefined();
  });

  it('is refused to members without Manage Server, and outside servers', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await h.dispatch(slashCommand('settings', { visibility: 'public' }, { permissions: MODERATOR }));
    expect(lastCallback(h).data.content).toBe(MESSAGES.settingsNeedsPermission);
    const { guild_id: _guild, member: _member, ...direct } = slashCommand('settings', {});
    await h.dispatch({
      ...direct,
      channel: { id: CHANNEL_ID, type: 1, recipients: [] },
      user: {
        id: '100000000000000040',
        username: 'reader',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
      context: 1,
    });
    expect(lastCallback(h).data.content).toBe(MESSAGES.curationGuildOnly);
  });
});

describe('a server’s settings take effect', () => {
  it('answers /ask and "Find sourced facts" in the channel where the server defaults to public', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    expect(lastCallback(h).data.flags).toBe(64);
    await settings(h, { visibility: 'public' });
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    expect(lastCallback(h).data.flags).toBeUndefined();
    await h.dispatch(messageContextMenu('When did Title 42 end?'));
    expect(lastCallback(h).data.flags).toBeUndefined();
    // The user's own choice still wins.
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?', share: false }));
    expect(lastCallback(h).data.flags).toBe(64);
    await h.dispatch(inGuild(slashCommand('ask', { question: 'When did Title 42 end?' }), OTHER_GUILD));
    expect(lastCallback(h).data.flags).toBe(64);
  });

  it('previews /summary for the server’s summary channel unless another is given', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await settings(h, { summary_channel: NEWS_CHANNEL });
    await h.dispatch(slashCommand('summary', { topic: 'figures' }, { permissions: MODERATOR }));
    expect(lastCallback(h).data.content).toBe(TEXT.summaryPreview(NEWS_CHANNEL));
    await h.dispatch(
      slashCommand('summary', { topic: 'figures', channel: CHANNEL_ID }, { permissions: MODERATOR }),
    );
    expect(lastCallback(h).data.content).toBe(TEXT.summaryPreview(CHANNEL_ID));
  });

  it('holds shared answers to the server’s cooldown, and another server to its own', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await settings(h, { cooldown_public: 600 });
    const share = (guildId: string) =>
      h.dispatch(inGuild(slashCommand('ask', { question: 'When did Title 42 end?', share: true }), guildId));
    await share(GUILD_ID);
    expect(lastCallback(h).data.flags).toBeUndefined();
    await share(GUILD_ID);
    expect(lastCallback(h).data.flags).toBe(64);
    expect(lastCallback(h).data.content).toMatch(/^You can share another answer publicly in (599|600) s\./);
    // The deployment's default here is no cooldown.
    await share(OTHER_GUILD);
    await share(OTHER_GUILD);
    expect(lastCallback(h).data.flags).toBeUndefined();
  });
});

describe('with the database down', () => {
  it('runs on the deployment’s defaults, says settings are unavailable, and refuses changes', async () => {
    const down = await openDatabase({ url: `postgres://postgres:x@127.0.0.1:${await freePort()}/postgres` });
    const store = createStore({ connection: down, voteKey: TEST_VOTE_KEY, writesPerMinute: 10 });
    const h = await bot.start({ store, config: { REPLY_VISIBILITY: 'public' } });
    const reply = await settings(h);
    expect(reply.embeds[0].description).toBe(SETTINGS_TEXT.unavailable);
    expect(fieldsOf(reply)[names.replyVisibility]).toEqual([
      SETTINGS_TEXT.visibility.public,
      SETTINGS_TEXT.byDefault,
    ]);
    expect((await settings(h, { visibility: 'private' })).content).toBe(MESSAGES.settingsUnavailable);
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    expect(lastCallback(h).data.embeds[0].description).toMatch(/ended in May/);
    expect(lastCallback(h).data.flags).toBeUndefined();
    await store.close();
  });
});

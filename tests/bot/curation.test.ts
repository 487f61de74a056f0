// The moderators' curation loop through the real discord.js: /gaps groups what a server's users asked that
// the record could not answer, a moderator dismisses or answers a group, /stats counts, and no server ever
// sees another's data.
import { describe, expect, it } from 'vitest';
import { groupGaps } from '../../src/curation/gaps.js';
import { MESSAGES } from '../../src/messages.js';
import { useTestDatabase } from '../support/databases.js';
import { GUILD_ID, MODERATOR, slashCommand, useBotHarness, type Harness } from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const database = useTestDatabase();

const OTHER_GUILD = '100000000000000021';
const lastReply = (h: Harness) =>
  (h.requests.filter((r) => r.path.endsWith('/callback')).at(-1)?.body as { data: any }).data;

function inGuild<T extends Record<string, any>>(payload: T, guildId: string): T {
  return { ...payload, guild_id: guildId, channel: { ...payload.channel, guild_id: guildId } };
}

const gaps = (options: Record<string, string | number> = {}, permissions = MODERATOR) =>
  slashCommand('gaps', options, { permissions });

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

async function ask(h: Harness, question: string, guildId = GUILD_ID) {
  await h.dispatch(inGuild(slashCommand('ask', { question }), guildId));
}

describe('/gaps', () => {
  it('groups similar unanswered questions with counts, and keeps each server’s apart', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    for (const q of [
      'Who is the US ambassador to Mexico?',
      'who is the us ambassador to mexico',
      'What is the capital of France?',
    ])
      await ask(h, q);
    await ask(h, 'What do cartels charge at the border?', OTHER_GUILD);
    await settle();
    const groups = await groupGaps(await store.openEntries(GUILD_ID), bot.engine);
    expect(groups.map((g) => g.count)).toEqual([2, 1]);
    expect(groups[0]!.questions).toEqual([
      'Who is the US ambassador to Mexico?',
      'who is the us ambassador to mexico',
    ]);

    await h.dispatch(gaps());
    const text = JSON.stringify(lastReply(h).embeds);
    expect(lastReply(h).flags).toBe(64);
    expect(text).toMatch(/2× · first \d{4}-\d\d-\d\d/);
    expect(text).toContain('capital of France');
    expect(text).not.toContain('cartels');
    await h.dispatch(inGuild(gaps(), OTHER_GUILD));
    const other = JSON.stringify(lastReply(h).embeds);
    expect(other).toContain('cartels');
    expect(other).not.toContain('ambassador');
  });

  it('shows a Spanish-speaking moderator the same groups in Spanish', async () => {
    const h = await bot.start({ store: await database.freshStore() });
    await ask(h, 'What is the capital of France?');
    await ask(h, 'What is the capital of France?');
    await settle();
    await h.dispatch({ ...gaps(), locale: 'es-419' });
    const [unanswered, flagged] = lastReply(h).embeds;
    expect(unanswered.title).toBe('Preguntas que el registro no pudo responder');
    expect(unanswered.description).toContain('`/vacíos descartar:#`');
    expect(unanswered.fields[0].value).toMatch(/^2× · primera vez \d{4}-\d\d-\d\d · última /);
    expect(flagged.title).toBe('Respuestas marcadas como incorrectas');
    expect(flagged.description).toBe('No hay ninguna pendiente en este servidor.');
  });

  it('lets a moderator dismiss a group, or mark it answered by a fact for the curators', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    await ask(h, 'Who is the US ambassador to Mexico?');
    await ask(h, 'who is the us ambassador to mexico');
    await ask(h, 'What is the capital of France?');
    await settle();
    const [ambassador, france] = await groupGaps(await store.openEntries(GUILD_ID), bot.engine);
    const factId = bot.engine.base.facts[0]!.id;
    await h.dispatch(gaps({ answered: ambassador!.ids[1]!, fact: factId }));
    expect(lastReply(h).content).toBe(MESSAGES.gapAnswered(2, factId));
    await h.dispatch(inGuild(gaps({ dismiss: france!.id }), OTHER_GUILD));
    expect(lastReply(h).content).toBe(MESSAGES.gapNotFound(france!.id));
    await h.dispatch(gaps({ dismiss: france!.id }));
    expect(lastReply(h).content).toBe(MESSAGES.gapDismissed(1));
    expect(await store.openEntries(GUILD_ID)).toEqual([]);
    expect((await store.suggestions()).map((s) => [s.factId, s.question])).toEqual([
      [factId, 'Who is the US ambassador to Mexico?'],
      [factId, 'who is the us ambassador to mexico'],
    ]);
  });

  it('is refused to members without Manage Messages and outside servers', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    await h.dispatch(gaps({}, 0n));
    expect(lastReply(h).content).toBe(MESSAGES.gapsNeedsPermission);
    await h.dispatch(slashCommand('stats', {}, { permissions: 0n }));
    expect(lastReply(h).content).toBe(MESSAGES.statsNeedsPermission);
  });
});

describe('/stats', () => {
  it('counts this server’s questions, answers, declines and top facts, and no other server’s', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    await ask(h, 'When did Title 42 end?');
    await ask(h, 'When did Title 42 end?');
    await ask(h, 'What is the capital of France?');
    await ask(h, 'When did Title 42 end?', OTHER_GUILD);
    await settle();
    await h.dispatch(slashCommand('stats', { days: 30 }, { permissions: MODERATOR }));
    const embed = lastReply(h).embeds[0];
    expect(embed.title).toBe('factdesk in this server, last 30 days');
    expect(embed.description).toContain('Questions asked: 3');
    expect(embed.description).toContain('Answered: 2 (67%)');
    expect(embed.description).toContain('Declined: 1 (33%)');
    const factId = (await bot.engine.answer('When did Title 42 end?')).fact!.id;
    expect(embed.description).toMatch(new RegExp(`Top facts:\\n  2× .*${factId}`));

    await h.dispatch({ ...slashCommand('stats', { days: 30 }, { permissions: MODERATOR }), locale: 'es-ES' });
    const spanish = lastReply(h).embeds[0];
    expect(spanish.title).toBe('factdesk en este servidor, últimos 30 días');
    expect(spanish.description.split('\n').slice(0, 3)).toEqual([
      'Preguntas recibidas: 3',
      'Respondidas: 2 (67%)',
      'Sin respuesta: 1 (33%)',
    ]);
    expect(spanish.description).toMatch(new RegExp(`Datos más usados:\\n  2× .*${factId}`));
  });
});

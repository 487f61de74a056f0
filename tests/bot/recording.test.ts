// What the bot records as people ask: every question counted per server, the text kept only of declined
// and low-confidence questions, nothing from DMs, and the answer unchanged when the database is down.
import { describe, expect, it } from 'vitest';
import { queueReason } from '../../src/curation/record.js';
import { openDatabase } from '../../src/store/database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { newServerDatabase, openServerStore, TEST_VOTE_KEY, useTestDatabase } from '../support/databases.js';
import { freePort } from '../support/postgres.js';
import { GUILD_ID, messageContextMenu, slashCommand, useBotHarness } from '../support/discordHarness.js';

const bot = useBotHarness();
const database = useTestDatabase();

// Recording runs beside the reply; this waits for it to land.
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('recording questions', () => {
  it('counts answered questions and keeps only the declined one’s text', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    await h.dispatch(slashCommand('ask', { question: 'What is the capital of France?' }));
    await settle();
    expect(await store.stats(GUILD_ID, 1)).toMatchObject({ asked: 2, answered: 1, declined: 1 });
    expect((await store.openEntries(GUILD_ID)).map((e) => [e.reason, e.question])).toEqual([
      ['declined', 'What is the capital of France?'],
    ]);
  });

  it('counts "Find sourced facts" on someone’s message but never keeps its text', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    await h.dispatch(messageContextMenu('my neighbour thinks the cartels run the border'));
    await settle();
    expect((await store.stats(GUILD_ID, 1)).asked).toBe(1);
    expect(await store.openEntries(GUILD_ID)).toEqual([]);
  });

  it('queues low-confidence answers and not confident ones', async () => {
    const answer = await bot.engine.answer('When did Title 42 end?');
    expect(answer.confidence).toBeGreaterThanOrEqual(0.9);
    expect(queueReason(answer)).toBeNull();
    expect(queueReason({ ...answer, confidence: 0.85 })).toBe('low_confidence');
    expect(queueReason({ ...answer, fact: null, answered: false })).toBe('declined');
  });

  it('still answers when the database is down, and logs what was not recorded', async () => {
    const down = await openDatabase({ url: `postgres://postgres:x@127.0.0.1:${await freePort()}/postgres` });
    const store: Store = createStore({ connection: down, voteKey: TEST_VOTE_KEY, writesPerMinute: 10 });
    const h = await bot.start({ store });
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    await settle();
    const reply = h.requests.find((r) => r.path.endsWith('/callback'))?.body as {
      data: { embeds: { description: string }[] };
    };
    expect(reply.data.embeds[0]?.description).toMatch(/ended in May/);
    const warning = bot.logLines
      .map((l) => JSON.parse(l) as Record<string, string>)
      .find((l) => l.message === 'question not recorded');
    expect(warning?.error).toMatch(/database is unreachable/);
    await store.close();
  });

  it('logs a write that fails without the question it was for', async () => {
    const store = await openServerStore(await newServerDatabase());
    await store.close();
    const h = await bot.start({ store });
    await h.dispatch(slashCommand('ask', { question: 'What is the capital of France?' }));
    await settle();
    const warning = bot.logLines
      .map((l) => JSON.parse(l) as Record<string, string>)
      .find((l) => l.message === 'question not recorded');
    expect(warning?.error).toMatch(/pool/);
    expect(bot.logLines.join('\n')).not.toMatch(/capital of France/i);
  });
});

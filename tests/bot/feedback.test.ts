// Feedback on answers through the real discord.js: the buttons on every answer in a server, one vote per
// user per answer, the "Wrong fact" form and its report, forged ids, and a database that is down.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import { encodeCustomId } from '../../src/render/discord/customId.js';
import { questionOf } from '../../src/render/discord/feedback.js';
import { openDatabase } from '../../src/store/database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { TEST_VOTE_KEY, useTestDatabase } from '../support/databases.js';
import {
  buttonClick,
  GUILD_ID,
  modalSubmit,
  slashCommand,
  useBotHarness,
  type Harness,
} from '../support/discordHarness.js';
import { freePort } from '../support/postgres.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const database = useTestDatabase();

const callbacks = (h: Harness) =>
  h.requests.filter((r) => r.path.endsWith('/callback')).map((r) => r.body as { type: number; data: any });
const lastReply = (h: Harness) => callbacks(h).at(-1)!;

/** The feedback buttons of the last reply, by label. */
async function askForButtons(h: Harness, question: string): Promise<Record<string, string>> {
  await h.dispatch(slashCommand('ask', { question }));
  const rows = lastReply(h).data.components as { components: { label: string; custom_id: string }[] }[];
  return Object.fromEntries(rows.flatMap((r) => r.components).map((c) => [c.label, c.custom_id]));
}

describe('feedback on answers', () => {
  it('offers Helpful, Not helpful and Wrong fact on an answer, and counts one vote per user', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    const buttons = await askForButtons(h, 'When did Title 42 end?');
    expect(Object.keys(buttons)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful', 'Wrong fact']));
    await h.dispatch(buttonClick(buttons.Helpful!));
    expect(lastReply(h).data).toMatchObject({ content: MESSAGES.feedbackThanks, flags: 64 });
    await h.dispatch(buttonClick(buttons['Not helpful']!));
    expect(lastReply(h).data.content).toBe(MESSAGES.feedbackAlreadyGiven);
    await h.dispatch(buttonClick(buttons['Not helpful']!, { userId: '100000000000000041' }));
    expect(lastReply(h).data.content).toBe(MESSAGES.feedbackThanks);
    expect((await store.stats(GUILD_ID, 1)).votes).toEqual({ helpful: 1, unhelpful: 1, wrong: 0 });
  });

  it('opens a form on "Wrong fact" and queues the question with the reason given', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    const buttons = await askForButtons(h, 'When did Title 42 end?');
    const answerContent = lastReply(h).data.content as string;
    await h.dispatch(buttonClick(buttons['Wrong fact']!, { content: answerContent }));
    const modal = lastReply(h);
    expect(modal.type).toBe(9);
    expect(modal.data.components[0].components[0]).toMatchObject({ custom_id: 'reason', required: false });
    await h.dispatch(
      modalSubmit(modal.data.custom_id, { reason: 'It ended on May 11' }, { content: answerContent }),
    );
    expect(lastReply(h).data).toMatchObject({ content: MESSAGES.wrongFactThanks, flags: 64 });
    const [entry] = await store.openEntries(GUILD_ID);
    expect(entry).toMatchObject({
      reason: 'flagged',
      question: 'When did Title 42 end?',
      note: 'It ended on May 11',
      factId: (await bot.engine.answer('When did Title 42 end?')).fact?.id,
    });
  });

  it('reads back the question of an answer whose text was escaped for Discord', () => {
    expect(questionOf('Question: what is \\*Title 42\\* @\u200beveryone\nTwo facts…')).toBe(
      'what is *Title 42* @everyone',
    );
    expect(questionOf('no question here')).toBeNull();
  });

  it('refuses a forged feedback button for a fact that does not exist', async () => {
    const store = await database.freshStore();
    const h = await bot.start({ store });
    const forged = encodeCustomId({ action: 'vote', vote: 'up', ref: 'abcdefgh', factId: 'no-such-fact' });
    await h.dispatch(buttonClick(forged));
    expect(lastReply(h).data.content).toBe(MESSAGES.unknownButton);
    await h.dispatch(buttonClick('fd:vote:up:NOT-A-REF:title-42'));
    expect(lastReply(h).data.content).toBe(MESSAGES.unknownButton);
    expect((await store.stats(GUILD_ID, 1)).votes).toEqual({ helpful: 0, unhelpful: 0, wrong: 0 });
  });

  it('shows no feedback buttons without a database, and says feedback is unavailable while it is down', async () => {
    const plain = await bot.start();
    expect(Object.keys(await askForButtons(plain, 'When did Title 42 end?'))).not.toContain('Helpful');
    await plain.close();
    const down = await openDatabase({ url: `postgres://postgres:x@127.0.0.1:${await freePort()}/postgres` });
    const store: Store = createStore({ connection: down, voteKey: TEST_VOTE_KEY, writesPerMinute: 10 });
    const h = await bot.start({ store });
    const buttons = await askForButtons(h, 'When did Title 42 end?');
    expect(lastReply(h).data.embeds[0].description).toMatch(/ended in May/);
    await h.dispatch(buttonClick(buttons.Helpful!));
    expect(lastReply(h).data.content).toBe(MESSAGES.feedbackUnavailable);
    await store.close();
  });
});

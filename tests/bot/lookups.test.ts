// Lookup options read what people type, through the real discord.js: /policies, /figures, /who and
// /source resolve words through the engine, offer a short pick list when two facts are close, say plainly
// when nothing matches, and still take a fact id.
import { describe, expect, it } from 'vitest';
import { lookUp } from '../../commands/factLookup.js';
import type { Fact } from '../../src/facts/schema.js';
import { MESSAGES, TEXT } from '../../src/messages.js';
import type { Engine, RankedFact } from '../../src/search/engine.js';
import {
  buttonClick,
  slashCommand,
  lastCallback,
  type Harness,
  useBotHarness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const lastReply = (h: Harness) => lastCallback(h).data;

async function run(command: string, options: Record<string, string>) {
  const h = await bot.start();
  await h.dispatch(slashCommand(command, options));
  return { h, data: lastReply(h) };
}

describe('lookups take what people type', () => {
  it.each([
    ['policies', 'policy', 'Title 42', 'title-42-expulsions'],
    ['figures', 'topic', '30,000', 'mexico-pledged-30000-returns-monthly'],
    ['figures', 'topic', '30k', 'mexico-pledged-30000-returns-monthly'],
    ['who', 'actor', 'AMLO', 'actor-lopez-obrador'],
    ['who', 'actor', 'the mexican president', 'actor-lopez-obrador'],
  ])('/%s %s: %s shows the fact it names', async (command, option, typed, id) => {
    const { data } = await run(command, { [option]: typed });
    expect(data.embeds[0].footer.text).toContain(`fact ${id}`);
    expect(data.content).toBeUndefined();
  });

  it('/source fact: Title 42 shows the paragraph the Title 42 fact quotes', async () => {
    const { data } = await run('source', { fact: 'Title 42' });
    expect(data.embeds[0].title).toMatch(/^¶7 ·/);
    expect(data.embeds[0].footer.text).toContain('fact title-42-expulsions');
  });

  it('still takes a fact id, as autocomplete picks send it', async () => {
    const { data } = await run('policies', { policy: 'remain-in-mexico' });
    expect(data.embeds[0].footer.text).toContain('fact remain-in-mexico');
  });

  it('says plainly when nothing in the record matches', async () => {
    const { data } = await run('policies', { policy: 'the Monroe doctrine on tariffs' });
    expect(data).toMatchObject({
      content: MESSAGES.noLookupMatch('policy', 'the Monroe doctrine on tariffs'),
      flags: 64,
    });
  });

  it('shows the record’s answer, said as such, when it is a fact of another kind', async () => {
    const { data } = await run('who', { actor: 'when did Title 42 end' });
    expect(data.content).toBe(TEXT.otherKind('actor', 'when did Title 42 end'));
    expect(data.embeds[0].footer.text).toContain('fact title-42-ended-may-2023');
  });
});

describe('a short pick list when two facts are close', () => {
  const fact = (id: string): Fact => bot.engine.factById(id) as Fact;
  // The engine decides what is close; a stand-in that finds two policies equally good shows the reply.
  const closeCall = (engine: Engine): Engine => ({
    ...engine,
    rankFacts: async (question: string, limit: number): Promise<RankedFact[]> => {
      const [any] = await engine.rankFacts(question, limit);
      if (!any) throw new Error('nothing ranked');
      return [
        { ...any, fact: fact('title-42-expulsions'), score: 1.5, answers: true },
        { ...any, fact: fact('actor-biden'), score: 1.49, answers: true },
        { ...any, fact: fact('remain-in-mexico'), score: 1.48, answers: true },
      ];
    },
  });

  it('keeps the facts of the command’s kind, and lets the user pick with buttons', async () => {
    const engine = closeCall(bot.engine);
    expect(await lookUp(engine, 'expulsions', (f) => f.kind === 'policy')).toEqual({
      type: 'choice',
      facts: [fact('title-42-expulsions'), fact('remain-in-mexico')],
    });
    const h = await bot.start({ engine: () => engine });
    await h.dispatch(slashCommand('policies', { policy: 'expulsions' }));
    const data = lastReply(h);
    expect(data.content).toBe(TEXT.pickOne(TEXT.lookupKinds.policy, 'expulsions'));
    const buttons = data.components[0].components;
    expect(buttons.map((b: any) => b.custom_id)).toEqual([
      'fd:fact:title-42-expulsions',
      'fd:fact:remain-in-mexico',
    ]);
    await h.dispatch(buttonClick(buttons[1].custom_id));
    expect(lastReply(h).embeds[0].footer.text).toContain('fact remain-in-mexico');
  });
});

import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { MESSAGES } from '../../src/messages.js';
import { encodeCustomId } from '../../src/render/discord/customId.js';
import {
  autocomplete,
  buttonClick,
  FAKE_TOKEN,
  messageContextMenu,
  slashCommand,
  type CapturedRequest,
  type Harness,
  USER_ID,
  useBotHarness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();

const setup = (overrides: Partial<CommandContext> = {}, deferAfterMs?: number): Promise<Harness> =>
  bot.start(overrides, deferAfterMs === undefined ? {} : { deferAfterMs });

const callbacks = (requests: CapturedRequest[]) => requests.filter((r) => r.path.endsWith('/callback'));
const reply = (h: Harness) => callbacks(h.requests)[0]?.body as { type: number; data: Record<string, any> };

describe('slash commands through the real discord.js', () => {
  it('answers /ask privately with the fact embed, its quote and buttons, pinging no one', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    const { type, data } = reply(h);
    expect(type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0].description).toMatch(/ended in May/);
    expect(data.embeds[0].description).toMatch(/¶7/);
    expect(data.embeds[0].footer.text).toContain(bot.engine.base.version);
    expect(data.components[0].components.map((c: any) => c.label)).toEqual(
      expect.arrayContaining(['Copy citation', 'Related facts', 'Share in channel']),
    );
  });

  it('shares an /ask answer with the channel when asked, without a share button', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('ask', { question: 'Who is AMLO?', share: true }));
    const { data } = reply(h);
    expect(data.flags).toBeUndefined();
    expect(data.components[0].components.map((c: any) => c.label)).not.toContain('Share in channel');
  });

  it('declines a question the record does not answer, offering topics it covers', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('ask', { question: '@everyone what is the capital of France?' }));
    const { data } = reply(h);
    expect(data.embeds[0].title).toBe('Not in the sourced record');
    expect(data.embeds[0].description).toContain('@\u200beveryone');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers autocomplete with at most 25 questions, each submitted as its own text', async () => {
    const h = await setup();
    await h.dispatch(autocomplete('ask', 'question', 'title 4'));
    const { type, data } = reply(h);
    expect(type).toBe(8);
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    for (const choice of data.choices) expect(choice.value).toBe(choice.name);
  });

  it('lists policies, figures, positions, actors and what factdesk knows', async () => {
    const h = await setup();
    for (const command of ['policies', 'figures', 'positions', 'who', 'about'])
      await h.dispatch(slashCommand(command));
    const bodies = callbacks(h.requests).map((r) => (r.body as any).data);
    expect(bodies).toHaveLength(5);
    expect(bodies[0].embeds[0].fields.some((f: any) => /Title 42/.test(f.name))).toBe(true);
    expect(bodies[1].embeds[0].fields.some((f: any) => /30,000/.test(f.name))).toBe(true);
    expect(bodies[2].embeds.map((e: any) => e.title)).toEqual(
      expect.arrayContaining(['What Mexico asks and says']),
    );
    expect(bodies[4].embeds[0].description).toMatch(/only from its sourced record/);
  });

  it('pages the timeline with buttons that replace the message', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('timeline'));
    const first = reply(h).data;
    const next = first.components[0].components.find((c: any) => c.label === 'Later ▶');
    expect(next.disabled).toBe(false);
    await h.dispatch(buttonClick(next.custom_id));
    const update = callbacks(h.requests)[1]?.body as any;
    expect(update.type).toBe(7);
    expect(update.data.embeds[0].footer.text).toMatch(/^page 2 of/);
    expect(update.data.flags).toBeUndefined();
  });

  it('refuses a malformed timeline date with a message that names the option', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('timeline', { from: 'last tuesday' }));
    expect(reply(h).data).toMatchObject({ content: MESSAGES.badDate('from'), flags: 64 });
  });

  it('shows the source paragraph with the quote in bold', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('source', { fact: 'eleven-us-venezuela-flights-2023' }));
    expect(reply(h).data.embeds[0].description).toMatch(/\*\*There were eleven deportation flights/);
  });
});

describe('buttons', () => {
  it('gives a ready-to-paste citation privately', async () => {
    const h = await setup();
    await h.dispatch(
      buttonClick(encodeCustomId({ action: 'cite', factId: 'mexico-pledged-30000-returns-monthly' })),
    );
    const { data } = reply(h);
    expect(data.flags).toBe(64);
    expect(data.content).toContain('30,000');
    expect(data.content).toContain(`fact base ${bot.engine.base.version}`);
    // Only the citation, on one line, so a phone's "Copy Text" copies exactly it.
    expect(data.content).toMatch(/^“[^\n`]*\.$/);
  });

  it('gives the citation in APA style from the button on a citation', async () => {
    const h = await setup();
    await h.dispatch(
      buttonClick(
        encodeCustomId({ action: 'cite', factId: 'mexico-pledged-30000-returns-monthly', style: 'apa' }),
      ),
    );
    const { data } = reply(h);
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(
      /^\[untitled; curator's label: .*\]\. \(ca\. 2024, January\) \[date inferred from the text\]\./,
    );
  });

  it('says so politely when a button points at a fact that no longer exists', async () => {
    const h = await setup();
    await h.dispatch(buttonClick('fd:fact:a-fact-removed-by-a-reload'));
    expect(reply(h).data).toMatchObject({ content: MESSAGES.unknownButton, flags: 64 });
  });
});

describe('the message context menu', () => {
  it('answers the question in a chat message privately', async () => {
    const h = await setup();
    await h.dispatch(
      messageContextMenu('hey does anyone know how many deportation flights went to venezuela in 2023'),
    );
    const { data } = reply(h);
    expect(data.flags).toBe(64);
    expect(data.embeds[0].description).toMatch(/eleven/);
  });
});

describe('slow handlers', () => {
  it('defers a slow command before Discord’s deadline, then edits the deferred reply', async () => {
    const h = await setup(
      {
        config: { BOT_OWNER_IDS: [USER_ID] },
        reload: () =>
          new Promise((resolve) =>
            setTimeout(() => resolve({ ok: true, version: 'v2', facts: 54, uncorrected: [] }), 300),
          ),
      } as Partial<CommandContext>,
      50,
    );
    await h.dispatch(slashCommand('reload'));
    expect(callbacks(h.requests)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = h.requests.find(
      (r) => r.method === 'PATCH' && decodeURIComponent(r.path).endsWith('/messages/@original'),
    );
    expect((edit?.body as any).content).toBe(MESSAGES.reloaded('v2', 54));
  });
});

describe('failures', () => {
  it('turns a handler that throws into a polite private reply and a log line, never a stack trace', async () => {
    const h = await setup({
      engine: () => {
        throw new Error(`database exploded near ${FAKE_TOKEN}`);
      },
    });
    await h.dispatch(slashCommand('ask', { question: 'When did Title 42 end?' }));
    expect(reply(h).data).toMatchObject({ content: MESSAGES.unexpected, flags: 64 });
    expect(bot.logLines.some((l) => JSON.parse(l).message === 'interaction failed')).toBe(true);
  });

  it('answers an unknown command instead of leaving the user waiting', async () => {
    const h = await setup();
    await h.dispatch(slashCommand('retired-command'));
    expect(reply(h).data).toMatchObject({ content: MESSAGES.unknownCommand, flags: 64 });
  });

  it('stays up when Discord rejects the reply, and logs it', async () => {
    const h = await setup();
    h.respondWith((r) =>
      r.path.endsWith('/callback')
        ? { status: 404, body: { code: 10062, message: 'Unknown interaction' } }
        : undefined,
    );
    await h.dispatch(slashCommand('ask', { question: 'Who is AMLO?' }));
    expect(bot.logLines.some((l) => /could not tell the user|interaction failed/.test(l))).toBe(true);
  });
});

// Replies read as a Discord user reads them, through the real discord.js: /ask and its suggestions, the
// context menu, /timeline, /figures, /positions, /who and /help.
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.js';
import { MESSAGES, TEXT } from '../../src/messages.js';
import { readsAsQuestion } from '../../src/render/discord/choices.js';
import {
  autocomplete,
  buttonClick,
  messageContextMenu,
  slashCommand,
  lastCallback,
  type Harness,
  useBotHarness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const lastReply = (h: Harness) => lastCallback(h).data;

async function run(command: string, options: Record<string, string | boolean> = {}) {
  const h = await bot.start();
  await h.dispatch(slashCommand(command, options));
  return { h, data: lastReply(h) };
}

async function suggestions(typed: string): Promise<{ name: string; value: string }[]> {
  const h = await bot.start();
  await h.dispatch(autocomplete('ask', 'question', typed));
  return lastReply(h).choices;
}

/** Every page of a paged list, turned with its Later ▶ button. */
async function allPages(command: string, options: Record<string, string> = {}) {
  const { h, data } = await run(command, options);
  const pages = [data];
  for (;;) {
    const next = pages.at(-1).components[0]?.components.find((c: any) => c.label === 'Later ▶');
    if (!next || next.disabled) return pages;
    await h.dispatch(buttonClick(next.custom_id));
    pages.push(lastReply(h));
  }
}

describe('/ask suggestions', () => {
  it('submit question text, so the reply and a shared answer never show an internal id', async () => {
    const [first] = await suggestions('blinken');
    expect(first?.value).toBe(first?.name);
    const { h, data } = await run('ask', { question: first?.value ?? '' });
    expect(data.content).toBe(TEXT.question(first?.value ?? ''));
    expect(data.content).not.toMatch(/#[a-z]+-/);
    const share = data.components[0].components.find((c: any) => c.label === 'Share in channel');
    await h.dispatch(buttonClick(share.custom_id));
    expect(lastReply(h).content ?? '').not.toMatch(/#[a-z]+-/);
  });

  it.each(['30k', '1m', 'how many 30k', 'a million'])(
    'find questions for shorthand like “%s”',
    async (typed) => {
      expect((await suggestions(typed)).length).toBeGreaterThan(0);
    },
  );

  it('offer questions people ask, not the curators’ keyword phrasings', async () => {
    const offered = await suggestions('mayorkas job');
    expect(offered.map((c) => c.name)).not.toContain('mayorkas job title');
    for (const typed of ['mayorkas', 'title 42', 'amlo', 'venezuela', '']) {
      for (const choice of await suggestions(typed))
        expect(readsAsQuestion(choice.name), choice.name).toBe(true);
    }
  });
});

describe('the context menu', () => {
  it('quotes someone else’s message as the message, not as “you asked”', async () => {
    const h = await bot.start();
    await h.dispatch(messageContextMenu('what is the capital of france'));
    const { embeds } = lastReply(h);
    expect(embeds[0].description).toContain(TEXT.declineMessage('what is the capital of france'));
    expect(embeds[0].description).not.toContain('You asked');
    await h.dispatch(messageContextMenu('When did Title 42 end?'));
    expect(lastReply(h).content).toBe(TEXT.fromMessage('When did Title 42 end?'));
  });
});

describe('/timeline', () => {
  // "May 2023 — ended", however the record flags the year it inferred.
  const MAY_ENDED = /^May 2023\b.* — ended$/;

  it('orders dates by the interval they stand for, and shows each event once', async () => {
    const names: string[] = (await allPages('timeline')).flatMap((page) =>
      page.embeds[0].fields.map((f: any) => f.name),
    );
    expect(names.findIndex((n) => MAY_ENDED.test(n))).toBeLessThan(
      names.findIndex((n) => /^late 2023\b.* — running low on funding$/.test(n)),
    );
    expect(names.filter((n) => MAY_ENDED.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^November 2024\b.* — election$/.test(n))).toHaveLength(1);
  });

  it('tells the other facts of a grouped event as part of it', async () => {
    const fields = (await allPages('timeline')).flatMap((page) => page.embeds[0].fields);
    const ended = fields.find((f: any) => MAY_ENDED.test(f.name));
    expect(ended.value).toMatch(/^Title 42\b.* ended in May/);
    expect(ended.value).toContain(TEXT.timelineAlso(''));
  });

  it('includes dates whose interval overlaps the range, and names the range without “to now”', async () => {
    const { data } = await run('timeline', { from: '2023-06', to: '2023-11' });
    expect(data.embeds[0].fields.map((f: any) => f.name)).toContain('late 2023 — running low on funding');
    expect(data.embeds[0].title).toBe('Timeline, June 2023 to November 2023');
    const open = await run('timeline', { from: '2023-12' });
    expect(open.data.embeds[0].title).toBe('Timeline from December 2023');
    expect(open.data.embeds[0].title).not.toMatch(/now/);
  });

  it('refuses a date that does not exist, naming it', async () => {
    const { data } = await run('timeline', { from: '2023-02-31' });
    expect(data).toMatchObject({ content: MESSAGES.notARealDate('from', '2023-02-31'), flags: 64 });
  });
});

describe('/figures', () => {
  it('labels figures in plain English, a figure of the negotiations first', async () => {
    const pages = await allPages('figures');
    const names: string[] = pages.flatMap((page) => page.embeds[0].fields.map((f: any) => f.name));
    expect(names[0]).toBe('30,000 migrants accepted back a month');
    expect(names).toContain("10% of December's total");
    expect(names).toContain('top two nationalities attempting to enter the U.S.');
    expect(names).toContain('eleven deportation flights from the U.S. to Venezuela in 2023');
    expect(names.join('\n')).not.toMatch(/% percent|years years|top two top|per year \(/);
  });
});

describe('/positions', () => {
  it('shows both sides with the provenance of the single-side views', async () => {
    const { data } = await run('positions');
    expect(data.embeds.map((e: any) => e.title)).toEqual(Object.values(TEXT.sideTitles));
    for (const embed of data.embeds) {
      expect(embed.footer.text).toContain(`fact base ${bot.engine.base.version}`);
      for (const field of embed.fields) expect(field.value).toMatch(/ · ¶\d+ · `[a-z0-9-]+`$/);
    }
  });

  it('shows both sides for the choice “Both”', async () => {
    const both = await run('positions', { side: 'both' });
    const byDefault = await run('positions');
    expect(both.data.embeds).toEqual(byDefault.data.embeds);
  });

  it('counts the concrete US asks filed as policies on the US side', async () => {
    const { data } = await run('positions', { side: 'us' });
    const values = data.embeds[0].fields.map((f: any) => f.value).join('\n');
    expect(values).toContain('`reopen-border-accept-non-mexicans`');
    expect(values).toContain('`guatemala-border-enforcement`');
  });
});

describe('formatting', () => {
  it('shows what a date marks after a dash, never in brackets inside brackets', async () => {
    const h = await bot.start();
    for (const fact of bot.engine.base.facts.filter((f) => f.dates.some((d) => d.role))) {
      await h.dispatch(buttonClick(`fd:fact:${fact.id}`));
      const when = lastReply(h).embeds[0].fields.find((f: any) => f.name === TEXT.when);
      expect(when.value, fact.id).not.toMatch(/\([^()]*\(/);
      for (const date of fact.dates) if (date.role) expect(when.value).toContain(` — ${date.role}`);
    }
  });

  it('does not cut names mid-word in /who', async () => {
    const { data } = await run('who', { actor: 'AMLO' });
    const record = data.embeds[0].fields.filter(
      (f: any) => f.name.startsWith('In the record') || f.name === '\u200b',
    );
    expect(record.map((f: any) => f.value).join('\n')).toContain('President Andrés Manuel López Obrador');
    expect(JSON.stringify(data)).not.toMatch(/\p{L}…/u);
  });

  it('lists a decline’s topics once, as buttons', async () => {
    const { data } = await run('ask', { question: 'what is the capital of france' });
    expect(data.embeds[0].fields ?? []).toEqual([]);
    expect(data.components[0].components.length).toBeGreaterThan(0);
  });

  it('keeps footers to provenance, without a repeated tagline', async () => {
    const { data } = await run('ask', { question: 'When did Title 42 end?' });
    expect(data.embeds[0].footer.text).toBe(
      `fact title-42-ended-may-2023 · fact base ${bot.engine.base.version}`,
    );
  });
});

describe('/help', () => {
  it('explains every command in one line', async () => {
    const { data } = await run('help');
    const lines = data.embeds[0].description.split('\n');
    for (const { name } of commandDefinitions()) {
      expect(
        lines.filter((l: string) => l.includes(name === 'Find sourced facts' ? name : `/${name} `)),
      ).toHaveLength(1);
    }
  });
});

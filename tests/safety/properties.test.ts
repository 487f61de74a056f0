// Property-based safety tests: whatever a user types (mass mentions, markdown, invisible and bidirectional
// characters, broken UTF-16, prototype names, ten thousand characters), the engine answers or declines
// without throwing, every answer stands on a verbatim quote, and every reply is one Discord accepts and that
// pings no one. The seed is fixed so CI always runs the same cases; change it locally to explore more.
import fc from 'fast-check';
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIApplicationCommandOption,
  type APIEmbed,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { messageCommands, slashCommands } from '../../commands/index.js';
import { preview, PreviewUsageError } from '../../src/bot/preview.js';
import type { ResponsePlan } from '../../src/bot/interactionResponse.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { locateQuote } from '../../src/facts/text.js';
import { escapeUserText, LIMITS } from '../../src/render/discord/limits.js';
import type { MessageBody } from '../../src/render/discord/message.js';
import { readDecisionModel } from '../../src/search/decide/model.js';
import { SEARCH_SETTINGS } from '../../src/search/engine.js';
import { cleanQuestion, MAX_QUESTION_LENGTH } from '../../src/search/normalize.js';
import {
  checkDiscordLimits,
  validateInteractionCallback,
  validateMessageCreate,
} from '../support/discordSpec.js';
import { testContext } from '../support/context.js';
import { embeddedEngine } from '../support/engine.js';

const base = await loadFactBase(EMBEDDED_DATA_DIR);
const engine = await embeddedEngine();
const context = testContext(engine);

/** Fixed seed: the same cases on every run. Run counts keep the whole file to a few seconds. */
const SEED = 20240115;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------------------------------------------------
// Arbitraries: hostile fragments mixed with the words real questions use, so some inputs are answered.
// ---------------------------------------------------------------------------------------------------------

const MENTIONS = ['@everyone', '@here', '@Everyone', '<@123>', '<@!123>', '<@&456>', '<#789>', '@@everyone'];
const MARKDOWN = [
  '```',
  '```js\nalert(1)\n```',
  '`',
  '**',
  '__',
  '~~',
  '||',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '- ',
  '1. ',
  '[link](http://x)',
  '[@everyone](https://evil.example/@here)',
  '<http://x>',
  '\\',
  '\\@everyone',
  '*',
  '_',
];
const INVISIBLE = ['\u200b', '\u200d', '\ufeff', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u00ad'];
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\b', '\r\n', '\t', '\n', '\u2028', '\u2029', '\u0085'];
const SCRIPTS = ['😀', '🇲🇽', '👨‍👩‍👧', 'e\u0301', 'Ωμέγα', 'مرحبا', 'שלום', '中文', 'ñandú', 'Ⅻ', 'ｆｕｌｌ'];
const REGEX_META = ['.*+?^${}()|[]\\', '(a+)+$', '(?:', ')', '\\b', '$1', '$&', "'s", '’s', 'U.S.', 'U.S.A.'];
const SURROGATES = ['\ud800', '\udfff', '\udc00\ud800', '\ud83d'];
const PROTOTYPE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const DOMAIN = [
  'Title 42',
  'title42',
  'AMLO',
  'López Obrador',
  'deportation flights',
  'deportation flights to Venezuela',
  '30,000',
  '30k',
  'thirty thousand',
  'Venezuela',
  'Mexico',
  'Biden',
  'Blinken',
  'Remain in Mexico',
  'when did Title 42 end?',
  'How many migrants a month has Mexico agreed to take back?',
  'who is AMLO',
  'how many',
  'when',
  'what do you think',
  '¿Cuántos migrantes?',
  'is AMLO right to',
];

const hostileFragment = fc.constantFrom(
  ...MENTIONS,
  ...MARKDOWN,
  ...INVISIBLE,
  ...CONTROL,
  ...SCRIPTS,
  ...REGEX_META,
  ...SURROGATES,
  ...PROTOTYPE,
);
const domainFragment = fc.constantFrom(...DOMAIN);
const factIdFragment = fc
  .constantFrom(...base.facts.map((f) => f.id))
  .chain((id) => fc.constantFrom(id, `#${id}`));

const fragment = fc.oneof(
  { weight: 4, arbitrary: domainFragment },
  { weight: 4, arbitrary: hostileFragment },
  { weight: 1, arbitrary: factIdFragment },
  // binary: any code point, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const separator = fc.constantFrom(' ', ' ', '', '\n', '. ', ' — ', ', ', '? ');

/** A short text of fragments. */
const phrase = fc
  .array(fc.tuple(fragment, separator), { maxLength: 14 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

/** A phrase repeated to a few thousand characters, at most ~10,000. */
const longText = fc
  .tuple(phrase, fc.integer({ min: 1_000, max: 10_000 }), phrase)
  .map(([unit, length, tail]) => {
    const repeated = (unit || '@everyone ').repeat(Math.ceil(length / Math.max(1, unit.length)));
    return repeated.slice(0, length) + tail;
  });

/** What a user might type anywhere. */
const hostileText = fc.oneof({ weight: 8, arbitrary: phrase }, { weight: 1, arbitrary: longText });

/** Text with a mass, user or role mention somewhere in it. */
const mentionText = fc
  .tuple(phrase, fc.constantFrom(...MENTIONS), phrase)
  .map(([before, mention, after]) => `${before}${mention} ${after}`);

/**
 * Well-formed text, as Discord delivers it, often with a run of astral emoji (two UTF-16 units each) over
 * a place where the engine or a reply cuts text: the 300 characters of "Question:", the 500 of a question,
 * the 1,000 of "You asked:". Half the time the cut falls between the two halves of an emoji.
 */
const wellFormedText = fc.oneof(
  { weight: 1, arbitrary: hostileText.map((text) => text.toWellFormed()) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', 'When did Title 42 end? '),
        fc.constantFrom(300, 500, 1_000),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('!', 'x', '*'),
        fc.constantFrom('😀', '🇲🇽', '𝕏'),
        phrase,
      )
      .map(([question, cut, shift, pad, emoji, tail]) =>
        `${question}${pad.repeat(cut - shift - question.length)}${emoji.repeat(12)} ${tail}`.toWellFormed(),
      ),
  },
);

// ---------------------------------------------------------------------------------------------------------
// What a reply must look like.
// ---------------------------------------------------------------------------------------------------------

/** Every string a reader sees in a message: content, embed texts and button labels. */
function visibleTexts(body: Partial<MessageBody>): string[] {
  const embeds: APIEmbed[] = body.embeds ?? [];
  return [
    body.content ?? '',
    ...embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      e.author?.name ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...(body.components ?? []).flatMap((row) =>
      row.components.flatMap((c) => ('label' in c && typeof c.label === 'string' ? [c.label] : [])),
    ),
  ];
}

/** A mass or user/role mention as Discord parses it; `@\u200beveryone` is not one. */
const PINGABLE = /@(?:everyone|here)|<@[!&]?\d+>/;

/** The footer of an embed that shows one fact: "fact <id> · fact base <version> · …". */
const FACT_FOOTER = /^fact [a-z0-9]+(?:-[a-z0-9]+)* · /;

/** An embed that shows a fact (footer "fact <id> · …") carries its quotation, paragraph and source. */
function expectFactEmbedsProvenance(body: Partial<MessageBody>): void {
  for (const embed of body.embeds ?? []) {
    if (!FACT_FOOTER.test(embed.footer?.text ?? '')) continue;
    const fields = embed.fields ?? [];
    const description = embed.description ?? '';
    // factEmbed: "**statement**\n\n> “quote” — ¶n" with a Source field.
    const asFact =
      description.includes('> “') && /¶\d+/.test(description) && fields.some((f) => f.name === 'Source');
    // renderParagraph for a fact: "¶n · title" with the paragraph itself and a "Cite as" field.
    const asParagraph =
      /^¶\d+ · /.test(embed.title ?? '') && fields.some((f) => f.name === 'Cite as' && /¶\d+/.test(f.value));
    expect(asFact || asParagraph, `fact embed without quotation and source: ${JSON.stringify(embed)}`).toBe(
      true,
    );
  }
}

/** The body turns every mention off, and each fact it shows carries its provenance. */
function expectSafeMessage(body: Partial<MessageBody>, where: string): void {
  expect(body.allowed_mentions, `${where}.allowed_mentions`).toEqual({ parse: [] });
  expectFactEmbedsProvenance(body);
}

/** Discord accepts the response (and the message it posts), within every documented limit. */
function expectSafePlan(plan: ResponsePlan): void {
  expect(validateInteractionCallback(plan.response)).toEqual([]);
  expect(checkDiscordLimits(plan.response)).toEqual([]);
  const { response } = plan;
  expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
    response.type,
  );
  if (
    response.type === InteractionResponseType.ChannelMessageWithSource ||
    response.type === InteractionResponseType.UpdateMessage
  ) {
    expectSafeMessage(response.data as Partial<MessageBody>, 'response.data');
  }
  if (plan.post) {
    expect(validateMessageCreate(plan.post.body)).toEqual([]);
    expect(checkDiscordLimits(plan.post.body)).toEqual([]);
    expectSafeMessage(plan.post.body, 'post.body');
  }
}

/** Every text of a plan that a reader sees. */
function planTexts(plan: ResponsePlan): string[] {
  const { response } = plan;
  const data =
    response.type === InteractionResponseType.ChannelMessageWithSource ||
    response.type === InteractionResponseType.UpdateMessage
      ? (response.data as Partial<MessageBody>)
      : {};
  return [...visibleTexts(data), ...(plan.post ? visibleTexts(plan.post.body) : [])];
}

/** Runs a command; resolves to its plan, or to null when preview refused the arguments (a usage error). */
async function previewOrUsageError(name: string, args: string[]): Promise<ResponsePlan | null> {
  try {
    return await preview(name, args, context);
  } catch (error) {
    if (error instanceof PreviewUsageError) return null;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Command arguments as Discord could send them: choices honoured, max_length honoured, integers as integers.
// ---------------------------------------------------------------------------------------------------------

const factIdsOfKind = (kind?: string, figures = false) =>
  base.facts.filter((f) => (!kind || f.kind === kind) && (!figures || f.figures.length > 0)).map((f) => f.id);

const calendarDate = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 2022, max: 2025 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-00', '2024-13', '2024-02-30', ' 2024 ', '2024-1', 'yesterday', '0000', '9999-12-31'),
);

/** Values of one option, tailored where the option names something (a fact, a date, a topic). */
function optionValue(
  command: string,
  option: APIApplicationCommandOption,
  text: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  // Discord caps every string option at 6,000 characters, and at max_length where a command sets one.
  const max = 'max_length' in option && option.max_length !== undefined ? option.max_length : 6_000;
  // Cutting keeps well-formed text well-formed, as Discord counts characters rather than UTF-16 units.
  const free = text.map((value) =>
    value.isWellFormed() ? value.slice(0, max).toWellFormed() : value.slice(0, max),
  );
  if ('choices' in option && option.choices && option.choices.length > 0) {
    return fc.constantFrom(...option.choices.map((c) => String(c.value)));
  }
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean:
      return fc.constantFrom('true', 'false');
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return fc.oneof(
        fc.integer({ min: 1, max: 40 }).map(String),
        fc.integer({ min: 1, max: 2 ** 31 }).map(String),
        fc.constantFrom('1.5', '1e3', '0x10', ''),
      );
    case ApplicationCommandOptionType.Channel:
      return fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);
    default:
      break;
  }
  const ids = (list: string[]) =>
    fc.oneof(
      fc.constantFrom(...list),
      fc.constantFrom(...list).map((id) => `#${id}`),
    );
  const key = `${command}.${option.name}`;
  const tailored: Record<string, fc.Arbitrary<string>> = {
    'policies.policy': ids(factIdsOfKind('policy')),
    'figures.topic': ids(factIdsOfKind(undefined, true)),
    'who.actor': ids(factIdsOfKind('actor')),
    'source.fact': ids(factIdsOfKind()),
    'source.document': fc.constantFrom(...base.sources.map((s) => s.id)),
    'timeline.from': calendarDate,
    'timeline.to': calendarDate,
    'summary.topic': fc.oneof(
      fc.constantFrom(
        'overview',
        'policies',
        'figures',
        'timeline',
        'positions',
        'who',
        'Figures',
        ...PROTOTYPE,
      ),
      domainFragment,
      fc.tuple(fc.constantFrom(...MENTIONS), domainFragment).map(([mention, topic]) => `${mention} ${topic}`),
    ),
  };
  const special = tailored[key];
  return special ? fc.oneof({ weight: 2, arbitrary: special }, { weight: 1, arbitrary: free }) : free;
}

/** `--name value` pairs for a slash command: each option given or not, with a value Discord could send. */
function slashArgs(
  command: (typeof slashCommands)[number],
  text: fc.Arbitrary<string> = hostileText,
): fc.Arbitrary<string[]> {
  const options = (command.data.options ?? []) as APIApplicationCommandOption[];
  return fc
    .tuple(
      ...options.map((o) => fc.option(optionValue(command.data.name, o, text), { nil: undefined, freq: 3 })),
    )
    .map((values) =>
      values.flatMap((value, i) => (value === undefined ? [] : [`--${options[i]?.name}`, value])),
    );
}

// ---------------------------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------------------------

const sources = new Map(base.sources.map((s) => [s.id, s]));
const factIds = new Set(base.facts.map((f) => f.id));

describe('the answer engine, whatever the question', () => {
  it('never throws, and every answer stands on a verbatim quote from its source', async () => {
    let answered = 0;
    const { thresholds } = readDecisionModel();
    await fc.assert(
      fc.asyncProperty(hostileText, async (question) => {
        const answer = await engine.answer(question);
        if (answer.answered) answered += 1;
        expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(answer.confidence).toBeGreaterThanOrEqual(0);
        expect(answer.confidence).toBeLessThanOrEqual(1);
        for (const fact of [...answer.alternatives, ...answer.related, ...answer.closest])
          expect(factIds.has(fact.id)).toBe(true);
        if (!answer.answered) {
          expect(answer.fact).toBeNull();
          return;
        }
        expect(answer.confidence).toBeGreaterThanOrEqual(thresholds[answer.language ?? 'en']);
        const fact = answer.fact;
        expect(fact).not.toBeNull();
        expect(fact?.quotes.length).toBeGreaterThanOrEqual(1);
        for (const quote of fact?.quotes ?? []) {
          expect(quote.text.trim()).not.toBe('');
          expect(Number.isInteger(quote.paragraph) && quote.paragraph > 0).toBe(true);
          const paragraph = sources.get(quote.source)?.paragraphs.find((p) => p.n === quote.paragraph);
          expect(paragraph, `${fact?.id}: ¶${quote.paragraph} of ${quote.source}`).toBeDefined();
          expect(
            locateQuote(paragraph?.text ?? '', quote.text),
            `${fact?.id}: “${quote.text}”`,
          ).not.toBeNull();
        }
      }),
      runs(200),
    );
    // The domain words in the mix get some questions answered, so the answer path is checked too.
    expect(answered).toBeGreaterThan(10);
  }, 180_000);

  it('strips control, zero-width and bidirectional characters from the question it shows back', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (question) => {
        const { query } = await engine.answer(question);
        expect(query).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
      }),
      runs(100),
    );
  });

  it('shows the question back as well-formed UTF-16, however it was cut', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedText, async (question) => {
        expect((await engine.answer(question)).query.isWellFormed()).toBe(true);
      }),
      runs(100),
    );
  });

  it('suggests at most 25 curated questions, each leading to a fact that exists', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (typed, trailingSpace) => {
        const suggestions = engine.suggest(trailingSpace ? `${typed} ` : typed);
        expect(suggestions.length).toBeLessThanOrEqual(SEARCH_SETTINGS.suggestionCount);
        expect(SEARCH_SETTINGS.suggestionCount).toBeLessThanOrEqual(25);
        for (const { label, factId } of suggestions) {
          const fact = engine.factById(factId);
          expect(fact, factId).toBeDefined();
          expect(label.length).toBeGreaterThan(0);
          expect(label.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect([
            fact?.statement,
            ...(fact?.questions ?? []),
            ...(fact?.translations.es?.questions ?? []),
          ]).toContain(label);
        }
      }),
      runs(300),
    );
  });
});

describe('autocomplete, whatever is typed', () => {
  const withAutocomplete = slashCommands.flatMap((command) =>
    ((command.data.options ?? []) as APIApplicationCommandOption[])
      .filter((o) => 'autocomplete' in o && o.autocomplete === true)
      .map((o) => [command.data.name, o.name] as const),
  );

  it.each(withAutocomplete)('offers /%s %s choices Discord accepts', (name, option) => {
    const command = slashCommands.find((c) => c.data.name === name);
    fc.assert(
      fc.property(hostileText, (typed) => {
        const choices = command?.autocomplete?.({ name: option, value: typed }, context, 'es-ES') ?? [];
        const response = {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices },
        };
        expect(validateInteractionCallback(response)).toEqual([]);
        expect(checkDiscordLimits(response)).toEqual([]);
      }),
      runs(60),
    );
  });
});

/** Every command with its arguments, free text drawn from `text`. */
function commandCases(text: fc.Arbitrary<string>): [string, fc.Arbitrary<string[]>][] {
  return [
    ...slashCommands.map((c): [string, fc.Arbitrary<string[]>] => [c.data.name, slashArgs(c, text)]),
    ...messageCommands.map((c): [string, fc.Arbitrary<string[]>] => [
      c.data.name,
      fc.option(text, { nil: undefined, freq: 8 }).map((m) => (m === undefined ? [] : ['--message', m])),
    ]),
  ];
}

/** Commands whose replies show facts: their fact embeds must turn up among the generated cases. */
const SHOWS_FACTS = new Set(['ask', 'policies', 'figures', 'who', 'source', 'Find sourced facts']);

describe('every command, whatever its options', () => {
  it.each(commandCases(hostileText))(
    'answers /%s with a reply Discord accepts, or refuses only with a usage error',
    async (name, args) => {
      let replies = 0;
      let factEmbeds = 0;
      await fc.assert(
        fc.asyncProperty(args, async (argv) => {
          const plan = await previewOrUsageError(name, argv);
          if (!plan) return;
          replies += 1;
          factEmbeds += planTexts(plan).filter((text) => FACT_FOOTER.test(text)).length;
          expectSafePlan(plan);
        }),
        runs(60),
      );
      // The generated options reach the handlers and their renderers, not only the usage checks.
      expect(replies).toBeGreaterThan(0);
      if (SHOWS_FACTS.has(name)) expect(factEmbeds).toBeGreaterThan(0);
    },
  );

  it('refuses only with a usage error when options are unknown or malformed', async () => {
    const names = [...slashCommands, ...messageCommands].map((c) => c.data.name);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names, 'nope', ...PROTOTYPE),
        fc.array(fc.oneof(fc.constantFrom(...PROTOTYPE.map((p) => `--${p}`), '--', '--share'), phrase), {
          maxLength: 6,
        }),
        async (name, argv) => {
          const plan = await previewOrUsageError(name, argv);
          if (plan) expectSafePlan(plan);
        },
      ),
      runs(150),
    );
  });
});

/** No text of the plan holds a live mention. */
async function expectNoPings(name: string, argv: string[]): Promise<void> {
  const plan = await previewOrUsageError(name, argv);
  if (!plan) return;
  for (const text of planTexts(plan)) expect(text).not.toMatch(PINGABLE);
}

describe('mentions in replies', () => {
  it.each(commandCases(mentionText))('/%s never pings anyone, whatever its options', async (name, args) => {
    await fc.assert(
      fc.asyncProperty(args, (argv) => expectNoPings(name, argv)),
      runs(60),
    );
  });
});

describe('text encoding of replies', () => {
  /** Every text of the reply is well-formed UTF-16. */
  async function expectWellFormed(name: string, argv: string[]): Promise<void> {
    const plan = await previewOrUsageError(name, argv);
    if (!plan) return;
    for (const text of planTexts(plan)) expect(text.isWellFormed(), JSON.stringify(text)).toBe(true);
  }
  const cases = commandCases(wellFormedText);

  it.each(cases)('/%s replies in well-formed UTF-16 when given well-formed text', async (name, args) => {
    await fc.assert(
      fc.asyncProperty(args, (argv) => expectWellFormed(name, argv)),
      runs(40),
    );
  });
});

describe('escapeUserText', () => {
  const CONTROLS = new Set('\\*_~`|>#[]()-');

  /**
   * Reads escaped text back, or returns why it cannot: every control character must come escaped, and
   * every backslash must escape one.
   */
  function unescape(escaped: string): { text: string } | { error: string } {
    let text = '';
    for (let i = 0; i < escaped.length; i++) {
      const char = escaped[i] as string;
      if (char === '\\') {
        const next = escaped[i + 1];
        if (next === undefined || !CONTROLS.has(next)) return { error: `dangling backslash at ${i}` };
        text += next;
        i += 1;
      } else if (CONTROLS.has(char)) {
        return { error: `unescaped ${JSON.stringify(char)} at ${i}` };
      } else {
        text += char;
      }
    }
    return { text };
  }

  it('never leaves a mention that could ping, nor a markdown control character unescaped', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeUserText(text);
        expect(escaped).not.toMatch(/@(?:everyone|here)/i);
        expect(escaped).not.toMatch(/@[^\u200b]|@$/);
        expect(escaped).not.toMatch(/<[@#:a]/);
        // Nothing is lost: without the escapes and the zero-width spaces, the text is what was typed.
        const read = unescape(escaped);
        expect(read).not.toHaveProperty('error');
        expect('text' in read ? read.text.replace(/\u200b/g, '') : null).toBe(text.replace(/\u200b/g, ''));
      }),
      runs(500),
    );
  });

  it('keeps cleaned questions free of markdown and mentions', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeUserText(cleanQuestion(text));
        expect(escaped).not.toMatch(PINGABLE);
        expect(unescape(escaped)).not.toHaveProperty('error');
      }),
      runs(300),
    );
  });
});

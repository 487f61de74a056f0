// Replies that list facts, in the reader's locale: policies, figures, the timeline, each side's positions,
// the actors, a summary for a channel, /about and /help. Long lists are paged with buttons that carry the
// page in their custom id.
import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { Fact } from '../../facts/schema.js';
import { formatNumber, type ReplyLocale } from '../../locale.js';
import { catalogFor } from '../../messages.js';
import type { SummaryPlan } from '../../summary/topics.js';
import { describeSource } from '../citation.js';
import { calendarDate } from '../dates.js';
import { attributionOf, factTitle, formatDated, formatFigure, statementOf } from '../localize.js';
import { timelineEvents, type DateRange } from '../timeline.js';
import type { ButtonAction } from './customId.js';
import { factEmbed } from './factEmbed.js';
import { escapeUserText, LIMITS, truncate } from './limits.js';
import { button, messageBody, type MessageBody, type Visibility } from './message.js';

/** Items per page of a list: eight fields of a statement and a line of provenance fit the 6,000 total. */
export const PAGE_SIZE = 8;

type ListName = Extract<ButtonAction, { action: 'page' }>['list'];

interface ListItem {
  name: string;
  value: string;
}

function provenance(fact: Fact, locale: ReplyLocale): string {
  const paragraphs = [...new Set(fact.quotes.map((q) => `¶${q.paragraph}`))].join(', ');
  return `${attributionOf(fact, locale)} · ${paragraphs} · \`${fact.id}\``;
}

/** A fact as a list item: its statement, then where it comes from. */
function statementItem(fact: Fact, locale: ReplyLocale, extra: readonly string[] = []): string {
  return [statementOf(fact, locale), ...extra, provenance(fact, locale)].join('\n');
}

function pagedList(parts: {
  list: ListName;
  filter: string;
  page: number;
  title: string;
  intro: string;
  items: ListItem[];
  base: FactBase;
  visibility: Visibility;
  locale: ReplyLocale;
  colour: number;
}): MessageBody {
  const { TEXT } = catalogFor(parts.locale);
  const pages = Math.max(1, Math.ceil(parts.items.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, parts.page), pages - 1);
  const shown = parts.items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const embed: APIEmbed = {
    title: parts.title,
    description: parts.items.length === 0 ? `${parts.intro}\n\n${TEXT.nothingMatches}` : parts.intro,
    color: parts.colour,
    fields: shown.map((item) => ({ name: item.name, value: item.value })),
    footer: {
      text: `${pages > 1 ? `${TEXT.page(page + 1, pages)} · ` : ''}${TEXT.factBase(parts.base.version)}`,
    },
  };
  const nav =
    pages > 1
      ? [
          button(
            TEXT.earlier,
            { action: 'page', list: parts.list, page: page - 1, filter: parts.filter },
            ButtonStyle.Secondary,
            page === 0,
          ),
          button(
            TEXT.later,
            { action: 'page', list: parts.list, page: page + 1, filter: parts.filter },
            ButtonStyle.Secondary,
            page >= pages - 1,
          ),
        ]
      : [];
  return messageBody({ visibility: parts.visibility, embeds: [embed], buttons: nav });
}

export function renderPolicies(
  base: FactBase,
  page: number,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const items = base.facts
    .filter((f) => f.kind === 'policy')
    .map((f) => ({
      name: truncate(`${factTitle(f, locale)} — ${TEXT.statuses[f.status ?? 'unknown']}`, 256),
      value: statementItem(
        f,
        locale,
        f.dates.length ? [f.dates.map((d) => formatDated(d, locale)).join(' · ')] : [],
      ),
    }));
  return pagedList({
    list: 'policies',
    filter: '',
    page,
    base,
    visibility,
    locale,
    items,
    colour: 0x3b82f6,
    title: TEXT.policiesTitle,
    intro: TEXT.policiesIntro,
  });
}

/** Facts with figures: the figures of the negotiations first, then facts of other kinds that count something. */
function figureFacts(base: FactBase): Fact[] {
  const withFigures = base.facts.filter((f) => f.figures.length > 0);
  return [
    ...withFigures.filter((f) => f.kind === 'figure'),
    ...withFigures.filter((f) => f.kind !== 'figure'),
  ];
}

export function renderFigures(
  base: FactBase,
  page: number,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const items = figureFacts(base).map((f) => ({
    name: truncate(f.figures.map((figure) => formatFigure(figure, locale)).join('; '), 256),
    value: statementItem(f, locale),
  }));
  return pagedList({
    list: 'figures',
    filter: '',
    page,
    base,
    visibility,
    locale,
    items,
    colour: 0xf59e0b,
    title: TEXT.figuresTitle,
    intro: TEXT.figuresIntro,
  });
}

const rangeLabel = (value: string | undefined, locale: ReplyLocale) =>
  value === undefined
    ? undefined
    : calendarDate(value, value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day', locale);

export function renderTimeline(
  base: FactBase,
  range: DateRange,
  page: number,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const items = timelineEvents(base, range).map(({ date, fact, also }) => ({
    name: truncate(formatDated(date, locale), 256),
    value: [
      statementOf(fact, locale),
      provenance(fact, locale),
      ...(also.length > 0
        ? [
            TEXT.timelineAlso(
              also.map((f) => `${factTitle(f, locale)} (¶${f.quotes[0]?.paragraph})`).join(' · '),
            ),
          ]
        : []),
    ].join('\n'),
  }));
  return pagedList({
    list: 'timeline',
    filter: `${range.from ?? ''}..${range.to ?? ''}`,
    page,
    base,
    visibility,
    locale,
    items,
    colour: 0x8b5cf6,
    title: TEXT.timelineTitle(rangeLabel(range.from, locale), rangeLabel(range.to, locale)),
    intro: TEXT.timelineIntro,
  });
}

/** A side of the negotiations as /positions shows it; "both" is what the two sides share. */
export type PositionSide = 'us' | 'mexico' | 'both';

const SIDE_COLOURS: Record<PositionSide, number> = { us: 0x3b82f6, mexico: 0x10b981, both: 0x6b7280 };

/**
 * The positions of one side, or of both side by side. `facts` gives each side's facts: its positions and
 * the asks curated for it, which may be filed under other kinds.
 */
export function renderPositions(
  base: FactBase,
  facts: Record<PositionSide, Fact[]>,
  side: 'us' | 'mexico' | undefined,
  page: number,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const item = (f: Fact) => ({
    name: truncate(factTitle(f, locale), 256),
    value: statementItem(f, locale),
  });
  if (side) {
    return pagedList({
      list: 'positions',
      filter: side,
      page,
      base,
      visibility,
      locale,
      colour: SIDE_COLOURS[side],
      title: TEXT.sideTitles[side],
      intro: TEXT.positionsIntro,
      items: facts[side].map(item),
    });
  }
  // Side by side: one embed per side, with the same provenance as a single side; a long side says how
  // many more there are and how to see them.
  const sides = (['us', 'mexico', 'both'] as const).filter((s) => facts[s].length > 0);
  const embeds = sides.map((s): APIEmbed => {
    const shown = facts[s].slice(0, PAGE_SIZE);
    const more = facts[s].length - shown.length;
    return {
      title: TEXT.sideTitles[s],
      color: SIDE_COLOURS[s],
      fields: shown.map(item),
      footer: {
        text: [
          ...(more > 0 && s !== 'both' ? [TEXT.positionsMore(more, TEXT.seeAll[s])] : []),
          TEXT.factBase(base.version),
        ].join(' · '),
      },
    };
  });
  return messageBody({ visibility, embeds });
}

export function renderActors(
  base: FactBase,
  page: number,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const items = base.facts
    .filter((f) => f.kind === 'actor')
    .map((f) => ({ name: truncate(factTitle(f, locale), 256), value: statementItem(f, locale) }));
  return pagedList({
    list: 'who',
    filter: '',
    page,
    base,
    visibility,
    locale,
    items,
    colour: 0x64748b,
    title: TEXT.actorsTitle,
    intro: TEXT.actorsIntro,
  });
}

/** Lines as embed fields, each field as full as Discord allows, no line cut: the first field is `name`. */
function fieldsOf(name: string, lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const line of lines) {
    if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length === 0 ? name : '\u200b', value });
      value = '';
    }
    value = value ? `${value}\n${line}` : truncate(line, LIMITS.fieldValue);
  }
  if (value) fields.push({ name: fields.length === 0 ? name : '\u200b', value });
  return fields;
}

export function renderActor(
  actor: Fact,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const id = actor.actors[0];
  const mentions = base.facts.filter((f) => f.id !== actor.id && id !== undefined && f.actors.includes(id));
  const embed = factEmbed(actor, base, locale);
  embed.fields = [
    ...(embed.fields ?? []),
    ...(mentions.length > 0
      ? fieldsOf(
          TEXT.inTheRecord(mentions.length),
          mentions.map((f) => `• ${statementOf(f, locale)} (¶${f.quotes[0]?.paragraph})`),
        )
      : [{ name: TEXT.inTheRecord(), value: TEXT.namedNowhereElse }]),
  ];
  return messageBody({
    visibility,
    embeds: [embed],
    buttons: mentions.slice(0, 10).map((f) => button(factTitle(f, locale), { action: 'fact', factId: f.id })),
  });
}

/** The sources a summary's facts quote, as outlet, title and date reported. */
function sourcesOf(facts: readonly Fact[], base: FactBase, locale: ReplyLocale): string {
  return [...new Set(facts.flatMap((f) => f.quotes.map((q) => q.source)))]
    .flatMap((id) => base.sources.find((s) => s.id === id) ?? [])
    .map((s) => describeSource(s, locale))
    .join('\n');
}

/** The heading of a summary: the named topic, or the facts a topic in the moderator's words matched. */
export function summaryHeading(plan: SummaryPlan, locale: ReplyLocale): string {
  const { TEXT } = catalogFor(locale);
  const topic = plan.topic
    ? TEXT.summaryTopics[plan.topic]
    : plan.matched.map((f) => factTitle(f, locale)).join(' · ');
  return truncate(TEXT.summaryTitle(escapeUserText(topic)), LIMITS.embedTitle);
}

/**
 * A summary for a channel: each line a curated statement with the paragraph it rests on, sections under
 * their headings. A section cut to keep the post short says how many lines it leaves out and where to see
 * them; so does a section cut to fit Discord's limit, never silently.
 */
export function renderSummary(
  plan: SummaryPlan,
  base: FactBase,
  locale: ReplyLocale,
  updated = false,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const heading = summaryHeading(plan, locale);
  const facts = plan.sections.flatMap((s) => s.lines.map((l) => l.fact));
  const sources = sourcesOf(facts, base, locale) || '—';
  const footer = updated ? TEXT.summaryUpdatedFooter(base.version) : TEXT.summaryFooter(base.version);
  // Room for the description within the embed's own limit and the 6,000 of the whole message.
  const budget = Math.min(
    LIMITS.embedDescription,
    LIMITS.embedTotal - heading.length - sources.length - TEXT.summarySources.length - footer.length,
  );
  const sections = plan.sections.map((s) => ({
    ...s,
    bullets: s.lines.map(
      (l) =>
        `• ${l.date ? `${formatDated(l.date, locale)}: ` : ''}${statementOf(l.fact, locale)} (¶${[...new Set(l.fact.quotes.map((q) => q.paragraph))].join(', ¶')})`,
    ),
  }));
  const describe = () =>
    sections
      .map((s) =>
        [
          ...(s.key ? [`**${TEXT.summarySections[s.key]}**`] : []),
          ...s.bullets,
          ...(s.omitted > 0 ? [`_${TEXT.summaryMore(s.omitted, s.seeAll && TEXT.seeAll[s.seeAll])}_`] : []),
        ].join('\n'),
      )
      .join('\n\n');
  let description = describe();
  while (description.length > budget) {
    // Drop the last line of the longest section, and count it as left out.
    const longest = [...sections].sort((a, b) => b.bullets.length - a.bullets.length)[0];
    if (!longest || longest.bullets.length <= 1) break;
    longest.bullets.pop();
    longest.omitted += 1;
    description = describe();
  }
  return messageBody({
    visibility: 'public',
    embeds: [
      {
        title: heading,
        description,
        color: 0x14b8a6,
        fields: [{ name: TEXT.summarySources, value: sources }],
        footer: { text: footer },
      },
    ],
  });
}

export function renderAbout(
  base: FactBase,
  appVersion: string,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const counts = new Map<Fact['kind'], number>();
  for (const fact of base.facts) counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  return messageBody({
    visibility,
    embeds: [
      {
        title: TEXT.aboutTitle,
        description: TEXT.aboutBody,
        color: 0x14b8a6,
        fields: [
          {
            name: TEXT.aboutSources(base.sources.length),
            value: base.sources.map((s) => describeSource(s, locale)).join('\n'),
          },
          {
            name: TEXT.aboutFacts(base.facts.length),
            value: [...counts]
              .map(([kind, n]) => TEXT.kindCount(TEXT.kinds[kind], formatNumber(n, locale)))
              .join(' · '),
          },
          { name: TEXT.aboutVersion, value: TEXT.versions(appVersion, base.version) },
        ],
      },
    ],
  });
}

/** /help: one line per command, in the registry's order. */
export function renderHelp(
  lines: readonly string[],
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  return messageBody({
    visibility,
    embeds: [
      { title: TEXT.helpTitle, description: [TEXT.helpIntro, '', ...lines].join('\n'), color: 0x14b8a6 },
    ],
  });
}

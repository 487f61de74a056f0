// Replies that list facts: policies, figures, the timeline, each side's positions, the actors, a summary
// for a channel and /about. Long lists are paged with buttons that carry the page in their custom id.
import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import { compareDates, formatDate } from '../../facts/dates.js';
import type { FactBase } from '../../facts/load.js';
import type { DateRef, Fact, Side } from '../../facts/schema.js';
import { describeSource } from '../citation.js';
import type { ButtonAction } from './customId.js';
import { factEmbed } from './factEmbed.js';
import { escapeUserText, truncate } from './limits.js';
import { button, messageBody, type MessageBody, type Visibility } from './message.js';

/** Items per page of a list: eight fields of a statement and a line of provenance fit the 6,000 total. */
export const PAGE_SIZE = 8;

type ListName = Extract<ButtonAction, { action: 'page' }>['list'];

interface ListItem {
  name: string;
  value: string;
}

/** A short, readable name for a fact in a list. */
export function factTitle(fact: Fact): string {
  return fact.aliases[0] ?? fact.questions[0] ?? fact.id;
}

function provenance(fact: Fact): string {
  const paragraphs = [...new Set(fact.quotes.map((q) => `¶${q.paragraph}`))].join(', ');
  return `${fact.attribution} · ${paragraphs} · \`${fact.id}\``;
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
  colour: number;
}): MessageBody {
  const pages = Math.max(1, Math.ceil(parts.items.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, parts.page), pages - 1);
  const shown = parts.items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const embed: APIEmbed = {
    title: parts.title,
    description: parts.items.length === 0 ? `${parts.intro}\n\nNothing in the record matches.` : parts.intro,
    color: parts.colour,
    fields: shown.map((item) => ({ name: item.name, value: item.value })),
    footer: { text: `${pages > 1 ? `page ${page + 1} of ${pages} · ` : ''}fact base ${parts.base.version}` },
  };
  const nav =
    pages > 1
      ? [
          button(
            '◀ Earlier',
            { action: 'page', list: parts.list, page: page - 1, filter: parts.filter },
            ButtonStyle.Secondary,
            page === 0,
          ),
          button(
            'Later ▶',
            { action: 'page', list: parts.list, page: page + 1, filter: parts.filter },
            ButtonStyle.Secondary,
            page >= pages - 1,
          ),
        ]
      : [];
  return messageBody({ visibility: parts.visibility, embeds: [embed], buttons: nav });
}

const STATUS_LABELS: Record<NonNullable<Fact['status']>, string> = {
  'in-force': 'in force',
  ended: 'ended',
  proposed: 'proposed / demanded',
  unknown: 'status not stated',
};

export function renderPolicies(base: FactBase, page: number, visibility: Visibility): MessageBody {
  const items = base.facts
    .filter((f) => f.kind === 'policy')
    .map((f) => ({
      name: truncate(`${factTitle(f)} — ${STATUS_LABELS[f.status ?? 'unknown']}`, 256),
      value: `${f.statement}${f.dates.length ? `\n${f.dates.map((d) => `${formatDate(d)}${d.role ? ` (${d.role})` : ''}`).join(' · ')}` : ''}\n${provenance(f)}`,
    }));
  return pagedList({
    list: 'policies',
    filter: '',
    page,
    base,
    visibility,
    items,
    colour: 0x3b82f6,
    title: 'Policies in the record',
    intro:
      'The policies the sources describe, with their dates and status. Pick one with `/policies policy:` for its quotes.',
  });
}

export function renderFigures(base: FactBase, page: number, visibility: Visibility): MessageBody {
  const items = base.facts
    .filter((f) => f.figures.length > 0)
    .map((f) => ({
      name: truncate(
        f.figures.map((x) => `${x.asWritten} ${x.unit}${x.period ? ` per ${x.period}` : ''}`).join('; '),
        256,
      ),
      value: `${f.statement}\n${provenance(f)}`,
    }));
  return pagedList({
    list: 'figures',
    filter: '',
    page,
    base,
    visibility,
    items,
    colour: 0xf59e0b,
    title: 'Figures in the record',
    intro: 'Every number the sources give, with its unit, period and who gave it.',
  });
}

/** A date range for the timeline: inclusive, each end as precise as the user wrote it. */
export interface DateRange {
  from?: string;
  to?: string;
}

function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}
function endOf(value: string): string {
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
}

/** Each dated fact at each of its dates, in time order, within the range. */
export function timelineEntries(base: FactBase, range: DateRange): { date: DateRef; fact: Fact }[] {
  return base.facts
    .flatMap((fact) => fact.dates.map((date) => ({ date, fact })))
    .filter(
      ({ date }) =>
        (!range.from || startOf(date.value) >= startOf(range.from)) &&
        (!range.to || startOf(date.value) <= endOf(range.to)),
    )
    .sort((a, b) => compareDates(a.date, b.date) || a.fact.id.localeCompare(b.fact.id));
}

export function renderTimeline(
  base: FactBase,
  range: DateRange,
  page: number,
  visibility: Visibility,
): MessageBody {
  const items = timelineEntries(base, range).map(({ date, fact }) => ({
    name: truncate(`${formatDate(date)}${date.role ? ` — ${date.role}` : ''}`, 256),
    value: `${fact.statement}\n${provenance(fact)}`,
  }));
  const span = range.from || range.to ? ` (${range.from ?? 'start'} to ${range.to ?? 'now'})` : '';
  return pagedList({
    list: 'timeline',
    filter: `${range.from ?? ''}..${range.to ?? ''}`,
    page,
    base,
    visibility,
    items,
    colour: 0x8b5cf6,
    title: `Timeline${span}`,
    intro: 'Dated events in order, each date as precise as the source gives it.',
  });
}

const SIDE_TITLES: Record<Side, string> = {
  us: 'What the United States asks and says',
  mexico: 'What Mexico asks and says',
  both: 'What both sides share',
};

export function renderPositions(
  base: FactBase,
  side: Side | undefined,
  page: number,
  visibility: Visibility,
): MessageBody {
  const positionsOf = (s: Side) => base.facts.filter((f) => f.kind === 'position' && f.side === s);
  if (side) {
    return pagedList({
      list: 'positions',
      filter: side,
      page,
      base,
      visibility,
      colour: 0x10b981,
      title: SIDE_TITLES[side],
      intro: 'Positions and demands as the sources report them.',
      items: positionsOf(side).map((f) => ({
        name: truncate(factTitle(f), 256),
        value: `${f.statement}\n${provenance(f)}`,
      })),
    });
  }
  // Side by side: one embed per side; a long side is cut here and paged with the side option.
  const embeds = (['us', 'mexico', 'both'] as const).map((s): APIEmbed => {
    const facts = positionsOf(s);
    const fields: APIEmbedField[] = facts
      .slice(0, PAGE_SIZE)
      .map((f) => ({ name: truncate(factTitle(f), 256), value: truncate(f.statement, 300) }));
    return {
      title: SIDE_TITLES[s],
      color: s === 'us' ? 0x3b82f6 : s === 'mexico' ? 0x10b981 : 0x6b7280,
      fields,
      ...(facts.length > PAGE_SIZE
        ? { footer: { text: `${facts.length - PAGE_SIZE} more: /positions side:${s}` } }
        : {}),
    };
  });
  return messageBody({ visibility, embeds: embeds.filter((e) => (e.fields?.length ?? 0) > 0) });
}

export function renderActors(base: FactBase, page: number, visibility: Visibility): MessageBody {
  const items = base.facts
    .filter((f) => f.kind === 'actor')
    .map((f) => ({ name: truncate(factTitle(f), 256), value: `${f.statement}\n${provenance(f)}` }));
  return pagedList({
    list: 'who',
    filter: '',
    page,
    base,
    visibility,
    items,
    colour: 0x64748b,
    title: 'People and bodies in the record',
    intro: 'Pick one with `/who actor:` to see everything the record says of them.',
  });
}

export function renderActor(actor: Fact, base: FactBase, visibility: Visibility): MessageBody {
  const id = actor.actors[0];
  const mentions = base.facts.filter((f) => f.id !== actor.id && id !== undefined && f.actors.includes(id));
  const embed = factEmbed(actor, base);
  embed.fields = [
    ...(embed.fields ?? []),
    {
      name: `In the record (${mentions.length})`,
      value: mentions.map((f) => `• ${truncate(f.statement, 160)}`).join('\n') || 'No other fact names them.',
    },
  ];
  return messageBody({
    visibility,
    embeds: [embed],
    buttons: mentions.slice(0, 10).map((f) => button(factTitle(f), { action: 'fact', factId: f.id })),
  });
}

/** A summary for moderators to post: the given facts, each with its quote's paragraph and id. */
export function renderSummary(title: string, facts: readonly Fact[], base: FactBase): MessageBody {
  const sources = [...new Set(facts.flatMap((f) => f.quotes.map((q) => q.source)))]
    .flatMap((id) => base.sources.find((s) => s.id === id) ?? [])
    .map(describeSource);
  return messageBody({
    visibility: 'public',
    embeds: [
      {
        title: truncate(`Fact summary: ${escapeUserText(title)}`, 256),
        description: facts
          .map((f) => `• ${f.statement} (¶${f.quotes[0]?.paragraph}, \`${f.id}\`)`)
          .join('\n'),
        color: 0x14b8a6,
        fields: [{ name: 'Sources', value: sources.join('\n') || '—' }],
        footer: { text: `fact base ${base.version} · every line is quoted in its source: /source fact:<id>` },
      },
    ],
  });
}

export function renderAbout(base: FactBase, appVersion: string, visibility: Visibility): MessageBody {
  const counts = new Map<string, number>();
  for (const fact of base.facts) counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  return messageBody({
    visibility,
    embeds: [
      {
        title: 'About factdesk',
        description:
          'factdesk answers questions about the early-2024 US–Mexico migration negotiations **only from its sourced ' +
          'record**: facts a person curated from source documents, each shown with its verbatim quote, paragraph, ' +
          'attribution and date reported. When the record does not answer, it says so instead of guessing.',
        color: 0x14b8a6,
        fields: [
          {
            name: `Sources (${base.sources.length})`,
            value: base.sources.map(describeSource).join('\n'),
          },
          {
            name: `Facts (${base.facts.length})`,
            value: [...counts].map(([kind, n]) => `${kind}: ${n}`).join(' · '),
          },
          { name: 'Version', value: `factdesk ${appVersion} · fact base ${base.version}` },
        ],
      },
    ],
  });
}

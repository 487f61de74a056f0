// A fact as a Discord embed, in the reader's locale: statement, quotes as quotations with their paragraphs
// (verbatim, labelled as the English original for Spanish readers), who said it, the source and when it was
// reported, and the fact base version in the footer. Every fact shown anywhere uses it.
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { Fact } from '../../facts/schema.js';
import type { ReplyLocale } from '../../locale.js';
import { catalogFor } from '../../messages.js';
import { factView } from '../factView.js';
import { formatDated, formatFigure, nameOf } from '../localize.js';
import { truncate } from './limits.js';

const KIND_COLOURS: Record<Fact['kind'], number> = {
  policy: 0x3b82f6,
  figure: 0xf59e0b,
  event: 0x8b5cf6,
  position: 0x10b981,
  actor: 0x64748b,
  context: 0x6b7280,
  sourcing: 0x14b8a6,
};

// Quotes are what a newsroom cites, so they are shortened only when a fact carries several long ones.
const QUOTE_BUDGET = 3400;

/** The fact's id and the base's version: what a newsroom needs to find the fact again. */
export function footerText(fact: Fact, base: FactBase, locale: ReplyLocale): string {
  const { TEXT } = catalogFor(locale);
  return `${TEXT.factFooter(fact.id)} · ${TEXT.factBase(base.version)}`;
}

/** The quotes as Markdown quotations, each followed by its paragraph number, under their label if any. */
function quoteLines(fact: Fact, label: string): string {
  const each = Math.floor(QUOTE_BUDGET / fact.quotes.length);
  const quotes = fact.quotes.map((q) => `> “${truncate(q.text, each)}” — ¶${q.paragraph}`);
  return [...(label ? [`_${label}:_`] : []), ...quotes].join('\n');
}

export function factEmbed(fact: Fact, base: FactBase, locale: ReplyLocale): APIEmbed {
  const { TEXT, PROVENANCE } = catalogFor(locale);
  const view = factView(fact, base, locale);
  const fields: APIEmbedField[] = [
    { name: TEXT.attributedTo, value: view.attribution, inline: true },
    {
      name: TEXT.source,
      value: truncate(
        `${view.source.name}${view.source.url ? ` (${view.source.url})` : ''}${TEXT.outletIs(view.source.outlet)}`,
        1024,
      ),
      inline: true,
    },
    { name: TEXT.reported, value: view.source.reported, inline: true },
  ];
  if (view.dates.length > 0) {
    fields.push({
      name: TEXT.when,
      value: fact.dates.map((d) => formatDated(d, locale)).join('\n'),
    });
  }
  if (view.figures.length > 0) {
    fields.push({
      name: TEXT.figures,
      value: view.figures.map((f) => formatFigure(f, locale)).join('\n'),
    });
  }
  if (view.paragraphMapping) fields.push({ name: PROVENANCE.paragraphNumbers, value: view.paragraphMapping });
  const latest = fact.corrections.at(-1);
  if (latest)
    fields.push({
      name: PROVENANCE.corrected,
      value: truncate(PROVENANCE.correctedOn(latest.date, latest.note), 1024),
    });
  for (const note of view.notes) {
    fields.push({ name: PROVENANCE.curatorNote, value: truncate(note.text, 1024) });
  }
  if (view.supersededBy)
    fields.push({ name: PROVENANCE.superseded, value: PROVENANCE.supersededBy(view.supersededBy) });
  if (view.earlierReported.length > 0) {
    fields.push({
      name: PROVENANCE.earlierReported,
      value: truncate(
        view.earlierReported
          .map((older) => PROVENANCE.earlierReportedLine(older.statement, older.reported))
          .join('\n'),
        1024,
      ),
    });
  }
  const name = nameOf(fact, locale);
  return {
    title: truncate(`${TEXT.kinds[fact.kind]}${name ? ` · ${name}` : ''}`, 256),
    description: `**${view.statement}**\n\n${quoteLines(fact, TEXT.quotesLabel)}`,
    color: KIND_COLOURS[fact.kind],
    fields,
    footer: { text: footerText(fact, base, locale) },
  };
}

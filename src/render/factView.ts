// A fact as every output shows it: its statement, quotes, attribution, dates and figures, with the source
// document it quotes and a ready-to-paste citation. The offline tool's JSON and the Discord replies both
// start from this view, so they can never disagree about provenance.
import { formatDate } from '../facts/dates.js';
import type { FactBase } from '../facts/load.js';
import type { DateRef, Fact, Figure, Source } from '../facts/schema.js';

/** Where a fact comes from: the source document of its first quote. */
export interface SourceView {
  id: string;
  title: string;
  outlet: string;
  /** When it was reported, as readers see it ("about January 2024"). */
  reported: string;
  /** True when the source prints no date and the date was inferred from its text. */
  reportedInferred: boolean;
  url?: string;
}

export interface FactView {
  id: string;
  kind: Fact['kind'];
  statement: string;
  attribution: string;
  quotes: { text: string; paragraph: number; source: string }[];
  dates: { value: string; label: string; role?: string }[];
  figures: Fact['figures'];
  source: SourceView;
  /** A citation a newsroom can paste as it is. */
  citation: string;
}

/**
 * A figure as an English phrase: "30,000 migrants accepted back a month", "10% of December's total",
 * "top two nationalities…", "eleven deportation flights… in 2023". The unit's leading words that the figure
 * as written already says ("10%" and "percent", "top two" and "top") are said once.
 */
export function formatFigure(figure: Pick<Figure, 'asWritten' | 'unit' | 'period'>): string {
  const written = new Set(
    figure.asWritten.toLowerCase().replace(/%/g, ' percent').split(/\s+/).filter(Boolean),
  );
  const unitWords = figure.unit.split(/\s+/);
  let skip = 0;
  while (skip < unitWords.length - 1 && written.has((unitWords[skip] as string).toLowerCase())) skip += 1;
  const unit = unitWords.slice(skip).join(' ');
  // "year (2023)" is one given year, not a rate: "in 2023".
  const given = figure.period?.match(/^\w+ \((.+)\)$/);
  const period = figure.period ? (given ? ` in ${given[1]}` : ` a ${figure.period}`) : '';
  return `${figure.asWritten} ${unit}${period}`;
}

/** A date with what it marks, as one phrase: "May 2023 — ended". */
export function formatDated(date: DateRef): string {
  return date.role ? `${formatDate(date)} — ${date.role}` : formatDate(date);
}

export function sourceOf(fact: Fact, base: FactBase): Source {
  const id = fact.quotes[0]?.source;
  const source = base.sources.find((s) => s.id === id);
  // The loader refuses a base with a quote of an unknown source, so this never happens on a loaded base.
  if (!source) throw new Error(`fact "${fact.id}" quotes unknown source "${id}"`);
  return source;
}

export function sourceView(source: Source): SourceView {
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    reported: formatDate(source.reported),
    reportedInferred: source.reported.inferred,
    ...(source.url ? { url: source.url } : {}),
  };
}

/** “quote” — attribution, reported by Outlet (date), "Title", ¶n. factdesk fact id, fact base version. */
export function formatCitation(fact: Fact, base: FactBase): string {
  const source = sourceOf(fact, base);
  const quotes = fact.quotes.map((q) => `“${q.text}” (¶${q.paragraph})`).join(' … ');
  const reported = `${formatDate(source.reported)}${source.reported.inferred ? ', date inferred' : ''}`;
  return (
    `${quotes} — ${fact.attribution}; ${source.outlet}, “${source.title}” (${reported}). ` +
    `factdesk fact ${fact.id}, fact base ${base.version}.`
  );
}

export function factView(fact: Fact, base: FactBase): FactView {
  return {
    id: fact.id,
    kind: fact.kind,
    statement: fact.statement,
    attribution: fact.attribution,
    quotes: fact.quotes.map(({ text, paragraph, source }) => ({ text, paragraph, source })),
    dates: fact.dates.map((d) => ({
      value: d.value,
      label: formatDate(d),
      ...(d.role ? { role: d.role } : {}),
    })),
    figures: fact.figures,
    source: sourceView(sourceOf(fact, base)),
    citation: formatCitation(fact, base),
  };
}

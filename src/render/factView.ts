// A fact as every output shows it: its statement, quotes, attribution, dates and figures, curator's notes,
// what it superseded, the source document it quotes, and ready-to-paste citations. The offline tool's JSON
// and the Discord replies both start from this view, so they can never disagree about provenance.
import { formatDate } from '../facts/dates.js';
import type { FactBase } from '../facts/load.js';
import type { CuratorNote, DateRef, Fact, Figure, Source } from '../facts/schema.js';
import { earlierVersions } from '../facts/supersede.js';
import {
  describeDocument,
  describeOutlet,
  describeReported,
  formatCitation,
  paragraphMapping,
  paragraphNote,
  sourceOf,
  type CitationStyle,
} from './citation.js';

/** Where a fact comes from: the source document of its first quote, described as the copy is. */
export interface SourceView {
  id: string;
  /** The headline as the document prints it; null when it prints none. */
  headline: string | null;
  /** A curator's label for a document without a headline: never the publisher's words. */
  label: string | null;
  /** The document as replies name it: “Headline”, or "untitled; curator's label: …". */
  name: string;
  /** The outlet as the document names it; null when the copy names none. */
  outletStated: string | null;
  /** The outlet as replies show it: the stated outlet, or "not stated in the copy; …". */
  outlet: string;
  /** When it was reported, as readers see it ("about January 2024 (date inferred from the text)"). */
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
  /** `received`: the paragraph's numbers in the copy as received, when they differ from `paragraph`. */
  quotes: { text: string; paragraph: number; source: string; received?: number[] }[];
  /** How the quoted paragraphs map to the copy as received, when the copy repeated paragraphs. */
  paragraphMapping: string | null;
  /** `label` shows the precision and flags inferred parts; `inferred` says which part was inferred. */
  dates: { value: string; label: string; role?: string; inferred?: 'year' | 'date' }[];
  figures: Fact['figures'];
  /** Curator's notes to show with the fact: contradictions in the source and the like. */
  notes: CuratorNote[];
  /** Older versions of this fact from earlier sources, newest first. */
  earlierReported: { id: string; statement: string; source: string; reported: string }[];
  /** The newer fact that replaces this one, when a later source changed it. */
  supersededBy?: string;
  source: SourceView;
  /** The standard citation a newsroom can paste as it is. */
  citation: string;
  /** The same citation in each style. */
  citations: Record<CitationStyle, string>;
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

export function sourceView(source: Source): SourceView {
  return {
    id: source.id,
    headline: source.title ?? null,
    label: source.label ?? null,
    name: describeDocument(source),
    outletStated: source.outlet ?? null,
    outlet: describeOutlet(source),
    reported: describeReported(source),
    reportedInferred: source.reported?.inferred !== undefined,
    ...(source.url ? { url: source.url } : {}),
  };
}

const receivedOf = (source: Source, n: number) => source.paragraphs.find((p) => p.n === n)?.received;

export function factView(fact: Fact, base: FactBase): FactView {
  return {
    id: fact.id,
    kind: fact.kind,
    statement: fact.statement,
    attribution: fact.attribution,
    quotes: fact.quotes.map(({ text, paragraph, source }) => {
      const document = base.sources.find((s) => s.id === source);
      const received =
        document && paragraphNote(document, paragraph) ? receivedOf(document, paragraph) : undefined;
      return { text, paragraph, source, ...(received ? { received } : {}) };
    }),
    paragraphMapping: paragraphMapping(fact, base),
    dates: fact.dates.map((d) => ({
      value: d.value,
      label: formatDate(d),
      ...(d.role ? { role: d.role } : {}),
      ...(d.inferred ? { inferred: d.inferred } : {}),
    })),
    figures: fact.figures,
    notes: fact.notes,
    earlierReported: earlierVersions(fact, base).map((older) => {
      const source = sourceOf(older, base);
      return {
        id: older.id,
        statement: older.statement,
        source: source.id,
        reported: describeReported(source),
      };
    }),
    ...(fact.supersededBy ? { supersededBy: fact.supersededBy } : {}),
    source: sourceView(sourceOf(fact, base)),
    citation: formatCitation(fact, base),
    citations: {
      standard: formatCitation(fact, base, 'standard'),
      apa: formatCitation(fact, base, 'apa'),
      chicago: formatCitation(fact, base, 'chicago'),
    },
  };
}

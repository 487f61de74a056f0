// A fact as every output shows it, in the reader's language: its statement, quotes (always verbatim, in the
// source's language), attribution, dates and figures, curator's notes, what it superseded, the source
// document it quotes, and ready-to-paste citations. The offline tool's JSON and the Discord replies both
// start from this view, so they can never disagree about provenance.
import type { FactBase } from '../facts/load.js';
import type { CuratorNote, Fact, Source } from '../facts/schema.js';
import { earlierVersions } from '../facts/supersede.js';
import type { ReplyLocale } from '../locale.js';
import { formatDate } from './dates.js';
import { attributionOf, phrase, statementOf } from './localize.js';
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

export function sourceView(source: Source, locale: ReplyLocale): SourceView {
  return {
    id: source.id,
    headline: source.title ?? null,
    label: source.label ?? null,
    name: describeDocument(source, locale),
    outletStated: source.outlet ?? null,
    outlet: describeOutlet(source, locale),
    reported: describeReported(source, locale),
    reportedInferred: source.reported?.inferred !== undefined,
    ...(source.url ? { url: source.url } : {}),
  };
}

const receivedOf = (source: Source, n: number) => source.paragraphs.find((p) => p.n === n)?.received;

/** The fact in the reader's locale: statement, attribution, date labels, notes and source descriptions. */
export function factView(fact: Fact, base: FactBase, locale: ReplyLocale): FactView {
  return {
    id: fact.id,
    kind: fact.kind,
    statement: statementOf(fact, locale),
    attribution: attributionOf(fact, locale),
    quotes: fact.quotes.map(({ text, paragraph, source }) => {
      const document = base.sources.find((s) => s.id === source);
      const received =
        document && paragraphNote(document, paragraph, locale) ? receivedOf(document, paragraph) : undefined;
      return { text, paragraph, source, ...(received ? { received } : {}) };
    }),
    paragraphMapping: paragraphMapping(fact, base, locale),
    dates: fact.dates.map((d) => ({
      value: d.value,
      label: formatDate(d, locale),
      ...(d.role ? { role: phrase('roles', d.role, locale) } : {}),
      ...(d.inferred ? { inferred: d.inferred } : {}),
    })),
    figures: fact.figures,
    notes: fact.notes.map((note) => ({ ...note, text: phrase('notes', note.text, locale) })),
    earlierReported: earlierVersions(fact, base).map((older) => {
      const source = sourceOf(older, base);
      return {
        id: older.id,
        statement: statementOf(older, locale),
        source: source.id,
        reported: describeReported(source, locale),
      };
    }),
    ...(fact.supersededBy ? { supersededBy: fact.supersededBy } : {}),
    source: sourceView(sourceOf(fact, base), locale),
    citation: formatCitation(fact, base),
    citations: {
      standard: formatCitation(fact, base, 'standard'),
      apa: formatCitation(fact, base, 'apa'),
      chicago: formatCitation(fact, base, 'chicago'),
    },
  };
}

// Citations of a fact in three forms a newsroom pastes: factdesk's standard form (with the quote), APA and
// Chicago. Each field can be checked against the document: the outlet and title only as the copy prints
// them (a curator's label and inferred dates are marked), the paragraph with how it is counted. Citations
// are written in English in every locale: they cite an English document, and APA and Chicago are English
// style rules. The descriptions of a source that replies show are in the reader's language.
import type { FactBase } from '../facts/load.js';
import type { Fact, Source } from '../facts/schema.js';
import type { ReplyLocale } from '../locale.js';
import { catalogFor } from '../messages.js';
import { calendarDate, formatDate } from './dates.js';
import { sourceText } from './localize.js';

/** The locale citations are written in. */
const CITATION_LOCALE: ReplyLocale = 'en-US';

export const CITATION_STYLES = ['standard', 'apa', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * The date as APA writes it, "(2024, January 15)", with "ca." for a loose date and the inference in
 * brackets after it, as APA marks information the work itself does not give; "(n.d.)" without a date.
 */
function apaDate(source: Source): string {
  const date = source.reported;
  if (!date) return '(n.d.)';
  const [year, month, day] = date.value.split('-');
  const monthName = month
    ? calendarDate(`${year}-${month}`, 'month', CITATION_LOCALE).split(' ')[0]
    : undefined;
  const part = date.part ? `${date.part === 'mid' ? 'mid-' : `${date.part} `}` : '';
  const when = [year, monthName && `${part}${monthName}${day ? ` ${Number(day)}` : ''}`]
    .filter(Boolean)
    .join(', ');
  const inferred = date.inferred ? ` [${date.inferred} inferred from the text]` : '';
  return `(${date.approximate ? 'ca. ' : ''}${when})${inferred}`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The outlet as the copy names it, or what the copy says instead. */
export function describeOutlet(source: Source, locale: ReplyLocale): string {
  const note = source.outletNote && sourceText(source.outletNote, locale);
  return source.outlet ?? catalogFor(locale).PROVENANCE.outletNotStated(note);
}

/** The document's name: its printed headline in quotes, or the curator's label marked as one. */
export function describeDocument(source: Source, locale: ReplyLocale): string {
  const label = source.label && sourceText(source.label, locale);
  return source.title ? `“${source.title}”` : catalogFor(locale).PROVENANCE.untitled(label);
}

/** The report date with its precision, flagged when inferred; "date not stated" when unknown. */
export function describeReported(source: Source, locale: ReplyLocale): string {
  return source.reported ? formatDate(source.reported, locale) : catalogFor(locale).PROVENANCE.dateNotStated;
}

/** The document in one line for lists and summaries: name, outlet and date, each as the copy has it. */
export function describeSource(source: Source, locale: ReplyLocale): string {
  return catalogFor(locale).PROVENANCE.sourceLine(
    sentence(describeDocument(source, locale)),
    describeOutlet(source, locale),
    describeReported(source, locale),
  );
}

/** How ¶n is counted, when the stored numbering differs from the copy as received; otherwise null. */
export function paragraphNote(source: Source, n: number, locale: ReplyLocale): string | null {
  const received = source.paragraphs.find((p) => p.n === n)?.received;
  if (!received || (received.length === 1 && received[0] === n)) return null;
  return catalogFor(locale).PROVENANCE.paragraphCounted(received);
}

/** "¶7", or "¶7 (counted in the de-duplicated copy; paragraph 9 of the copy as received)". */
export function citeParagraph(source: Source, n: number, locale: ReplyLocale, prefix = '¶'): string {
  const note = paragraphNote(source, n, locale);
  return note ? `${prefix}${n} (${note})` : `${prefix}${n}`;
}

function paragraphsCited(fact: Fact, source: Source): number[] {
  return [...new Set(fact.quotes.filter((q) => q.source === source.id).map((q) => q.paragraph))];
}

/**
 * For a reply that shows the paragraphs a fact quotes: how they map to the copy as received, in one line,
 * when the copy repeated paragraphs; otherwise null.
 */
export function paragraphMapping(
  fact: Fact,
  base: Pick<FactBase, 'sources'>,
  locale: ReplyLocale,
): string | null {
  const source = sourceOf(fact, base);
  const entries = paragraphsCited(fact, source).flatMap((n) => {
    const received = source.paragraphs.find((p) => p.n === n)?.received;
    return paragraphNote(source, n, locale) && received ? [{ n, received }] : [];
  });
  return entries.length > 0 ? catalogFor(locale).PROVENANCE.paragraphMapping(entries) : null;
}

/** The paragraphs a fact quotes, each with how it is counted when that needs saying. */
function paragraphText(fact: Fact, source: Source, prefix: string): string {
  return paragraphsCited(fact, source)
    .map((n) => citeParagraph(source, n, CITATION_LOCALE, prefix))
    .join(', ');
}

/** The source document of a fact's first quote. */
export function sourceOf(fact: Fact, base: Pick<FactBase, 'sources'>): Source {
  const id = fact.quotes[0]?.source;
  const source = base.sources.find((s) => s.id === id);
  // The loader refuses a base with a quote of an unknown source, so this never happens on a loaded base.
  if (!source) throw new Error(`fact "${fact.id}" quotes unknown source "${id}"`);
  return source;
}

/**
 * The citation of a fact as one line of plain text, in the given style. Standard: quote, attribution,
 * document, outlet, date, paragraph, URL. APA and Chicago put the same fields in their order; without an
 * author or printed title, the document is described in brackets, as both styles do for untitled works.
 */
export function formatCitation(
  fact: Fact,
  base: Pick<FactBase, 'sources' | 'version'>,
  style: CitationStyle = 'standard',
): string {
  const source = sourceOf(fact, base);
  const { PROVENANCE } = catalogFor(CITATION_LOCALE);
  const record = `factdesk fact ${fact.id}, fact base ${base.version}.`;
  const url = source.url ? ` ${source.url}` : '';
  const outlet = describeOutlet(source, CITATION_LOCALE);
  const reported = describeReported(source, CITATION_LOCALE);
  const publisher = source.outlet ?? `outlet ${outlet}`;
  if (style === 'apa') {
    const title = source.title ?? `[${PROVENANCE.untitled(source.label)}]`;
    return `${title}. ${apaDate(source)}. ${sentence(publisher)}.${url} ${paragraphText(fact, source, 'para. ')}. ${record}`;
  }
  if (style === 'chicago') {
    const title = source.title ? `“${source.title},”` : `[${PROVENANCE.untitled(source.label)}],`;
    return `${sentence(title)} ${publisher}, ${reported}, ${paragraphText(fact, source, 'para. ')}${url ? `,${url}` : ''}. ${record}`;
  }
  const quotes = fact.quotes.map((q) => `“${q.text}” (¶${q.paragraph})`).join(' … ');
  return (
    `${quotes} — ${fact.attribution}. ${describeSource(source, CITATION_LOCALE)}; ${paragraphText(fact, source, '¶')}.` +
    `${url} ${record}`
  );
}

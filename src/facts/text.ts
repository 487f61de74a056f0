// Text helpers for checking quotes against their source paragraphs: whitespace folding, locating a quote,
// and splitting a paragraph into sentences for the coverage report.

/** Collapses runs of whitespace so that line wrapping in a file never breaks a verbatim match. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface Span {
  start: number;
  end: number;
}

/** Where a quote stands in a paragraph (both whitespace-folded), or null when it is not verbatim there. */
export function locateQuote(paragraph: string, quote: string): Span | null {
  const haystack = foldWhitespace(paragraph);
  const needle = foldWhitespace(quote);
  const start = haystack.indexOf(needle);
  return start === -1 ? null : { start, end: start + needle.length };
}

export interface Sentence extends Span {
  text: string;
}

// A sentence ends at . ? or ! (optionally followed by a closing quote) before a capital or an opening quote,
// except after initialisms such as "U.S." which sit inside sentences.
const SENTENCE_BREAK = /(?<![A-Z]\.[A-Z]\.)(?<=[.?!][”"’)]?)\s+(?=[A-Z“"‘(])/g;

/** Splits a paragraph (whitespace-folded) into its sentences with their character spans. */
export function splitSentences(paragraph: string): Sentence[] {
  const text = foldWhitespace(paragraph);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    sentences.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}

/** The share of a span's characters that any of the given spans covers, from 0 to 1. */
export function coveredShare(target: Span, covering: readonly Span[]): number {
  let covered = 0;
  let cursor = target.start;
  const sorted = [...covering].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    const from = Math.max(span.start, cursor);
    const to = Math.min(span.end, target.end);
    if (to > from) {
      covered += to - from;
      cursor = to;
    }
  }
  return covered / Math.max(1, target.end - target.start);
}

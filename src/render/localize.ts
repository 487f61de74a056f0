// A fact's words in the reader's language: its curated Spanish statement and names (translations.es), and
// the phrases facts share (attributions, what a date marks, what a figure counts, curators' notes, a
// source's label) from the Spanish glossary in data/glossary.es.json. English readers get the fact as
// curated. The verbatim quotes are never translated here: they are the source's words.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DateRef, Fact, Figure, Source } from '../facts/schema.js';
import { formatNumber, languageOf, type ReplyLocale } from '../locale.js';
import { catalogFor } from '../messages.js';
import { formatDate } from './dates.js';

const Phrases = z.record(z.string().min(1), z.string().min(1));

/** The Spanish glossary: each section maps an exact English phrase of the base to its Spanish. */
export const Glossary = z
  .object({
    $comment: z.string().optional(),
    attributions: Phrases,
    roles: Phrases,
    units: Phrases,
    periods: Phrases,
    asWritten: Phrases,
    notes: Phrases,
    sources: Phrases,
  })
  .strict();
export type Glossary = z.infer<typeof Glossary>;

export const GLOSSARY_FILE = new URL('../../data/glossary.es.json', import.meta.url);

/** Parses the glossary; a broken file fails at start-up with the field named. */
export function parseGlossary(text: string, file = 'data/glossary.es.json'): Glossary {
  const parsed = Glossary.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

export const SPANISH_GLOSSARY = parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'));

/**
 * A shared phrase in the reader's language. A phrase the glossary lacks stays English rather than
 * disappear; a test over the real base keeps the glossary complete.
 */
export function phrase(
  section: Exclude<keyof Glossary, '$comment'>,
  text: string,
  locale: ReplyLocale,
): string {
  return languageOf(locale) === 'es' ? (SPANISH_GLOSSARY[section][text] ?? text) : text;
}

const spanish = (fact: Fact, locale: ReplyLocale) =>
  languageOf(locale) === 'es' ? fact.translations.es : undefined;

/** The fact's statement: the curated Spanish one for Spanish readers (every fact has one; checked). */
export function statementOf(fact: Fact, locale: ReplyLocale): string {
  return spanish(fact, locale)?.statement ?? fact.statement;
}

/** The first name people use for the fact's topic ("Title 42", "Título 42"), in the reader's language. */
export function nameOf(fact: Fact, locale: ReplyLocale): string | undefined {
  return spanish(fact, locale)?.aliases[0] ?? fact.aliases[0];
}

/** A short, readable name for a fact in a list: its first name in the reader's language, or a question. */
export function factTitle(fact: Fact, locale: ReplyLocale): string {
  return nameOf(fact, locale) ?? spanish(fact, locale)?.questions[0] ?? fact.questions[0] ?? fact.id;
}

/** The first curated question of a fact in the reader's language, as a reader would ask it. */
export function questionOf(fact: Fact, locale: ReplyLocale): string {
  return spanish(fact, locale)?.questions[0] ?? fact.questions[0] ?? statementOf(fact, locale);
}

export const attributionOf = (fact: Fact, locale: ReplyLocale) =>
  phrase('attributions', fact.attribution, locale);

/** A date with what it marks, as one phrase: "May 2023 — ended", "mayo de 2023 — terminó". */
export function formatDated(date: DateRef, locale: ReplyLocale): string {
  const when = formatDate(date, locale);
  return date.role ? catalogFor(locale).PROVENANCE.dated(when, phrase('roles', date.role, locale)) : when;
}

/**
 * A figure as a phrase: "30,000 migrants accepted back a month", "30.000 migrantes readmitidos al mes",
 * "10% of December's total", "eleven deportation flights… in 2023". In English the unit's leading words that
 * the figure as written already says ("10%" and "percent", "top two" and "top") are said once; the Spanish
 * glossary is curated without them. Figures written in digits are written the locale's way.
 */
export function formatFigure(
  figure: Pick<Figure, 'asWritten' | 'unit' | 'period' | 'value'>,
  locale: ReplyLocale,
): string {
  if (languageOf(locale) === 'es') {
    const period = figure.period ? ` ${phrase('periods', figure.period, locale)}` : '';
    return `${spanishNumber(figure, locale)} ${phrase('units', figure.unit, locale)}${period}`;
  }
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

/** A Spanish figure's number: digits the locale's way (30.000, 10 %), words from the glossary. */
function spanishNumber(figure: Pick<Figure, 'asWritten' | 'value'>, locale: ReplyLocale): string {
  if (/^[\d,.]+%$/.test(figure.asWritten))
    return new Intl.NumberFormat(locale, { style: 'percent' }).format(figure.value / 100);
  if (/^[\d,.]+$/.test(figure.asWritten)) return formatNumber(figure.value, locale);
  return phrase('asWritten', figure.asWritten, locale);
}

/** A figure's amount and rate without what it counts, as a claim is answered: "30,000 a month". */
export function figureAmount(figure: Pick<Figure, 'asWritten' | 'period' | 'value'>, locale: ReplyLocale) {
  if (languageOf(locale) === 'es')
    return `${spanishNumber(figure, locale)}${figure.period ? ` ${phrase('periods', figure.period, locale)}` : ''}`;
  return `${figure.asWritten}${figure.period ? ` a ${figure.period.replace(/\s*\(.*\)$/, '')}` : ''}`;
}

/** A source's curator-written text (its label, the note on its outlet) in the reader's language. */
export const sourceText = (text: string, locale: ReplyLocale) => phrase('sources', text, locale);

/** The source a fact is attributed to, as its label and note read to the reader. */
export function localizedSource(source: Source, locale: ReplyLocale): Source {
  return {
    ...source,
    ...(source.label ? { label: sourceText(source.label, locale) } : {}),
    ...(source.outletNote ? { outletNote: sourceText(source.outletNote, locale) } : {}),
  };
}

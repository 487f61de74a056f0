// Dates as readers see them, in their locale: "December 30, 2023" or "30 de diciembre de 2023", "late
// December 2023" or "finales de diciembre de 2023", with exactly the precision the source gives and flagged
// when a curator inferred them. Intl writes the calendar date; the catalog the words around it.
import type { DateRef } from '../facts/schema.js';
import type { ReplyLocale } from '../locale.js';
import { catalogFor } from '../messages.js';

const FIELDS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<DateRef['precision'], Intl.DateTimeFormatOptions>;

/** The calendar date alone, as the locale writes that precision. */
export function calendarDate(value: string, precision: DateRef['precision'], locale: ReplyLocale): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  // UTC both ways, so no time zone moves a date across midnight.
  return new Intl.DateTimeFormat(locale, { ...FIELDS[precision], timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * The date with exactly the precision the source gives it, and flagged when a curator inferred it, so no
 * reply shows an inference as something the source printed.
 */
export function formatDate(
  date: Pick<DateRef, 'value' | 'precision' | 'part' | 'approximate' | 'inferred'>,
  locale: ReplyLocale,
): string {
  const { PROVENANCE } = catalogFor(locale);
  let text = calendarDate(date.value, date.precision, locale);
  if (date.part) text = PROVENANCE.dateParts[date.part](text);
  if (date.approximate) text = PROVENANCE.about(text);
  if (date.inferred === 'year') text = PROVENANCE.yearInferred(text);
  if (date.inferred === 'date') text = PROVENANCE.dateInferred(text);
  return text;
}

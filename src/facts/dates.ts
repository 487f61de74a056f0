// Dates as readers see them ("late December 2023", "December 30, 2023", "about January 2024") and in the
// order the timeline shows them. Used by every renderer.
import type { DateRef } from './schema.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The date with exactly the precision the source gives it, and flagged when a curator inferred it, so no
 * reply shows an inference as something the source printed.
 */
export function formatDate(
  date: Pick<DateRef, 'value' | 'precision' | 'part' | 'approximate' | 'inferred'>,
): string {
  const [year, month, day] = date.value.split('-').map(Number);
  const monthName = month ? MONTHS[month - 1] : undefined;
  let text: string;
  if (date.precision === 'day') text = `${monthName} ${day}, ${year}`;
  else if (date.precision === 'month') text = `${monthName} ${year}`;
  else text = String(year);
  if (date.part) text = `${date.part === 'mid' ? 'mid-' : `${date.part} `}${text}`;
  if (date.approximate) text = `about ${text}`;
  if (date.inferred === 'year') text += ' (year inferred from the text)';
  if (date.inferred === 'date') text += ' (date inferred from the text)';
  return text;
}

const PART_ORDER = { early: 0, mid: 1, late: 2 } as const;

/**
 * Orders dates by when they start: a year before its months, "early December" before "December 30" only
 * where the day falls later. Imprecise dates sort at the start of their span, parts within it.
 */
export function compareDates(a: DateRef, b: DateRef): number {
  const key = (d: DateRef) => {
    const [year = 0, month = 0, day = 0] = d.value.split('-').map(Number);
    const partDay = d.part ? ([1, 11, 21][PART_ORDER[d.part]] ?? 0) : 0;
    return year * 10_000 + month * 100 + (day || partDay);
  };
  return key(a) - key(b);
}

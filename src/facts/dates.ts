// The days a date stands for and the order the timeline shows dates in. How a date reads in each language
// is src/render/dates.ts.
import type { DateRef } from './schema.js';

/** The days a date stands for, as ISO days from first to last: "late 2023" is 2023-09-01..2023-12-31. */
export interface DateInterval {
  start: string;
  end: string;
}

// The part of a year is a third of it, the part of a month its first, second or last ten days or so.
const YEAR_PARTS = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;
const MONTH_PARTS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function dateInterval(date: Pick<DateRef, 'value' | 'part'>): DateInterval {
  const [year = 0, month, day] = date.value.split('-').map(Number);
  if (day !== undefined && month !== undefined) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    return { start: iso, end: iso };
  }
  if (month !== undefined) {
    const [first, last] = date.part ? MONTH_PARTS[date.part] : [1, 31];
    const end = Math.min(last, daysIn(year, month));
    return { start: `${year}-${pad(month)}-${pad(first)}`, end: `${year}-${pad(month)}-${pad(end)}` };
  }
  const [first, last] = date.part ? YEAR_PARTS[date.part] : [1, 12];
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(daysIn(year, last))}` };
}

/** True when two intervals share at least one day. */
export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Orders dates by the interval each stands for: by its first day, then the shorter first. "May 2023"
 * comes before "late 2023", and "late December 2023" before "December 30, 2023".
 */
export function compareDates(a: DateRef, b: DateRef): number {
  const x = dateInterval(a);
  const y = dateInterval(b);
  return x.start.localeCompare(y.start) || x.end.localeCompare(y.end);
}

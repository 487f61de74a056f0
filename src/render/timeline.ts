// The timeline as readers see it: one entry per event, in the order of the intervals the dates stand for,
// filtered to a range by overlap. Facts that share a date and what it marks (Title 42 "ended" in May 2023,
// said by an event, a policy and a figure) are one event, told by its event fact when there is one.
import { compareDates, dateInterval, overlaps, type DateInterval } from '../facts/dates.js';
import type { FactBase } from '../facts/load.js';
import type { DateRef, Fact } from '../facts/schema.js';

/** A date range for the timeline: inclusive, each end as precise as the user wrote it (2023, 2023-12…). */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface TimelineEvent {
  date: DateRef;
  /** The fact that tells the event: an event fact when one shares the date, else the first by id. */
  fact: Fact;
  /** Other facts that mark the same date with the same role. */
  also: Fact[];
}

function rangeInterval(range: DateRange): DateInterval {
  return {
    start: range.from ? dateInterval({ value: range.from }).start : '0000-01-01',
    end: range.to ? dateInterval({ value: range.to }).end : '9999-12-31',
  };
}

// Facts are one event when their dates say the same thing happened then; a date without a role says
// nothing about what, so it stays its fact's own entry.
const eventKey = (date: DateRef, fact: Fact) =>
  `${date.value}|${date.part ?? ''}|${date.role ? date.role.trim().toLowerCase() : `#${fact.id}`}`;

export function timelineEvents(base: FactBase, range: DateRange): TimelineEvent[] {
  const within = rangeInterval(range);
  const groups = new Map<string, { date: DateRef; facts: Fact[] }>();
  for (const fact of base.facts)
    for (const date of fact.dates) {
      if (!overlaps(dateInterval(date), within)) continue;
      const key = eventKey(date, fact);
      const group = groups.get(key);
      if (group) group.facts.push(fact);
      else groups.set(key, { date, facts: [fact] });
    }
  return [...groups.values()]
    .map(({ date, facts }) => {
      const sorted = [...new Set(facts)].sort(
        (a, b) => Number(b.kind === 'event') - Number(a.kind === 'event') || a.id.localeCompare(b.id),
      );
      const [fact, ...also] = sorted as [Fact, ...Fact[]];
      return { date, fact, also };
    })
    .sort((a, b) => compareDates(a.date, b.date) || a.fact.id.localeCompare(b.fact.id));
}

import { beforeAll, describe, expect, it } from 'vitest';
import { dateInterval } from '../../src/facts/dates.js';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import { formatDated } from '../../src/render/localize.js';
import { timelineEvents } from '../../src/render/timeline.js';

let base: FactBase;
beforeAll(async () => {
  base = await loadFactBase(EMBEDDED_DATA_DIR);
});

describe('the embedded timeline', () => {
  it('is in the order of the intervals its dates stand for, from first to last', () => {
    const intervals = timelineEvents(base, {}).map((e) => dateInterval(e.date));
    expect(intervals.length).toBeGreaterThan(10);
    for (let i = 1; i < intervals.length; i++) {
      const [before, after] = [intervals[i - 1]!, intervals[i]!];
      expect(before.start < after.start || (before.start === after.start && before.end <= after.end)).toBe(
        true,
      );
    }
  });

  it('puts the events readers know in the order they happened', () => {
    const names = timelineEvents(base, {}).map((e) => formatDated(e.date, 'en-US'));
    // Labels may flag a year the record inferred ("May 2023 (year inferred from the text) — ended").
    const order = [
      /^May 2023\b.* — ended$/,
      /^late 2023\b.* — running low on funding$/,
      /^late December 2023\b.* — visit$/,
      /^December 30, 2023\b.* — began deporting$/,
      /^November 2024\b.* — election$/,
    ].map((name) => names.findIndex((n) => name.test(n)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has each event once, told by its event fact, with the facts that share it', () => {
    const events = timelineEvents(base, {});
    const keys = events.map((e) => formatDated(e.date, 'en-US'));
    const ended = events.filter((e) => /^May 2023\b.* — ended$/.test(formatDated(e.date, 'en-US')));
    expect(ended).toHaveLength(1);
    expect(ended[0]?.fact.kind).toBe('event');
    expect(ended[0]?.also.map((f) => f.id).sort()).toEqual([
      'title-42-expulsions',
      'title-42-over-a-million-returns-yearly',
    ]);
    expect(keys.filter((k) => /^November 2024\b.* — election$/.test(k))).toHaveLength(1);
  });

  it('keeps the events whose interval overlaps a range', () => {
    const within = timelineEvents(base, { from: '2023-06', to: '2023-11' }).map((e) =>
      formatDated(e.date, 'en-US'),
    );
    expect(within.some((n) => /^late 2023\b.* — running low on funding$/.test(n))).toBe(true);
    expect(within.some((n) => /^2023\b.* — year counted$/.test(n))).toBe(true);
    expect(within.some((n) => /^May 2023\b.* — ended$/.test(n))).toBe(false);
  });
});

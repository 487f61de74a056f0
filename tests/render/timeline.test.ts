import { beforeAll, describe, expect, it } from 'vitest';
import { dateInterval } from '../../src/facts/dates.js';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import { formatDated } from '../../src/render/factView.js';
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
    const names = timelineEvents(base, {}).map((e) => formatDated(e.date));
    const order = [
      'May 2023 — ended',
      'late 2023 — running low on funding',
      'late December 2023 — visit',
      'December 30, 2023 — began deporting',
      'November 2024 — election',
    ].map((name) => names.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has each event once, told by its event fact, with the facts that share it', () => {
    const events = timelineEvents(base, {});
    const keys = events.map((e) => formatDated(e.date));
    const ended = events.filter((e) => formatDated(e.date) === 'May 2023 — ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]?.fact.kind).toBe('event');
    expect(ended[0]?.also.map((f) => f.id).sort()).toEqual([
      'title-42-expulsions',
      'title-42-over-a-million-returns-yearly',
    ]);
    expect(keys.filter((k) => k === 'November 2024 — election')).toHaveLength(1);
  });

  it('keeps the events whose interval overlaps a range', () => {
    const within = timelineEvents(base, { from: '2023-06', to: '2023-11' }).map((e) => formatDated(e.date));
    expect(within).toContain('late 2023 — running low on funding');
    expect(within).toContain('2023 — year counted');
    expect(within).not.toContain('May 2023 — ended');
  });
});

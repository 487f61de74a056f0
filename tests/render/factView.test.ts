import { describe, expect, it } from 'vitest';
import { compareDates, formatDate } from '../../src/facts/dates.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { factView } from '../../src/render/factView.js';

describe('dates as readers see them', () => {
  it('keeps the precision the source gives', () => {
    expect(formatDate({ value: '2023-12-30', precision: 'day', approximate: false })).toBe(
      'December 30, 2023',
    );
    expect(formatDate({ value: '2023-12', precision: 'month', part: 'late', approximate: false })).toBe(
      'late December 2023',
    );
    expect(formatDate({ value: '2024-01', precision: 'month', approximate: true })).toBe(
      'about January 2024',
    );
    expect(formatDate({ value: '2023', precision: 'year', part: 'mid', approximate: false })).toBe(
      'mid-2023',
    );
  });

  it('orders late December before December 30 only when the day is later', () => {
    const late = { value: '2023-12', precision: 'month', part: 'late', approximate: false } as const;
    const day30 = { value: '2023-12-30', precision: 'day', approximate: false } as const;
    const may = { value: '2023-05', precision: 'month', approximate: false } as const;
    expect([day30, late, may].sort(compareDates)).toEqual([may, late, day30]);
  });
});

describe('a fact as every output shows it', () => {
  it('carries a citation with the quote, attribution, outlet, date, fact id and fact base version', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const fact = base.facts.find((f) => f.id === 'eleven-us-venezuela-flights-2023');
    if (!fact) throw new Error('fixture fact missing');
    const view = factView(fact, base);
    expect(view.citation).toContain(fact.quotes[0]?.text);
    expect(view.citation).toContain('ICE flight records');
    expect(view.citation).toContain('NBC News');
    expect(view.citation).toContain('about January 2024, date inferred');
    expect(view.citation).toContain(`fact ${fact.id}`);
    expect(view.citation).toContain(`fact base ${base.version}`);
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, dateInterval } from '../../src/facts/dates.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { formatDate as formatDateIn } from '../../src/render/dates.js';
import { factEmbed } from '../../src/render/discord/factEmbed.js';
import { factView } from '../../src/render/factView.js';
import { formatFigure as formatFigureIn } from '../../src/render/localize.js';

const formatDate = (date: Parameters<typeof formatDateIn>[0]) => formatDateIn(date, 'en-US');
// English says a figure as its source writes it: the value is not read.
const formatFigure = (figure: { asWritten: string; unit: string; period?: string }) =>
  formatFigureIn({ value: 0, ...figure }, 'en-US');

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

  it('orders a part of a year by the months it stands for: late 2023 after May 2023', () => {
    const late2023 = { value: '2023', precision: 'year', part: 'late', approximate: false } as const;
    const may = { value: '2023-05', precision: 'month', approximate: false } as const;
    const early2023 = { value: '2023', precision: 'year', part: 'early', approximate: false } as const;
    expect([late2023, may, early2023].sort(compareDates)).toEqual([early2023, may, late2023]);
  });

  it('knows the days each date stands for', () => {
    expect(dateInterval({ value: '2023', part: 'late' })).toEqual({ start: '2023-09-01', end: '2023-12-31' });
    expect(dateInterval({ value: '2024-02' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateInterval({ value: '2023-12', part: 'late' })).toEqual({
      start: '2023-12-21',
      end: '2023-12-31',
    });
    expect(dateInterval({ value: '2023-12-30' })).toEqual({ start: '2023-12-30', end: '2023-12-30' });
  });
});

describe('figures as English phrases', () => {
  it.each([
    [
      { asWritten: '30,000', unit: 'migrants accepted back', period: 'month' },
      '30,000 migrants accepted back a month',
    ],
    [{ asWritten: '10%', unit: "percent of December's total" }, "10% of December's total"],
    [{ asWritten: 'three years', unit: 'years Title 42 lasted' }, 'three years Title 42 lasted'],
    [
      { asWritten: 'top two', unit: 'top nationalities attempting to enter the U.S.' },
      'top two nationalities attempting to enter the U.S.',
    ],
    [
      { asWritten: 'eleven', unit: 'deportation flights', period: 'year (2023)' },
      'eleven deportation flights in 2023',
    ],
    [{ asWritten: 'one', unit: 'percent' }, 'one percent'],
  ])('says %j as “%s”', (figure, phrase) => {
    expect(formatFigure(figure)).toBe(phrase);
  });
});

describe('a fact as every output shows it', () => {
  it('carries a citation with the quote, attribution, outlet, date, fact id and fact base version', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const fact = base.facts.find((f) => f.id === 'eleven-us-venezuela-flights-2023');
    if (!fact) throw new Error('fixture fact missing');
    const view = factView(fact, base, 'en-US');
    expect(view.citation).toContain(fact.quotes[0]?.text);
    expect(view.citation).toContain('ICE flight records');
    expect(view.citation).toContain('NBC News');
    expect(view.citation).toContain('about January 2024 (date inferred from the text)');
    expect(view.citation).toContain(`fact ${fact.id}`);
    expect(view.citation).toContain(`fact base ${base.version}`);
  });
});

describe('the record as the audit left it', () => {
  it('shows each of the article’s three contradictions as a curator’s note with the answer', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const notesOf = (id: string) =>
      (base.facts.find((f) => f.id === id)?.notes ?? []).map((n) => n.paragraphs.join('/'));
    expect(notesOf('venezuela-deportation-flights')).toEqual(['9/10']);
    expect(notesOf('mexico-began-deporting-to-venezuela-dec-30')).toEqual(['9/10']);
    expect(notesOf('reopen-border-accept-non-mexicans')).toEqual(['6/7']);
    expect(notesOf('title-42-ended-may-2023')).toEqual(['6/7', '7/14']);
    expect(notesOf('migration-rose-after-title-42-relaxed')).toEqual(['7/14']);
    const fact = base.facts.find((f) => f.id === 'mexico-began-deporting-to-venezuela-dec-30');
    if (!fact) throw new Error('fixture fact missing');
    const embed = factEmbed(fact, base, 'en-US');
    expect(embed.fields?.find((f) => f.name === 'Curator’s note')?.value).toMatch(
      /"were restarted".*"began"/,
    );
    expect(embed.fields?.find((f) => f.name === 'When')?.value).toBe(
      'December 30, 2023 (year inferred from the text) — began deporting',
    );
  });

  it('says once, with every fact shown, how its paragraph numbers map to the copy as received', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    const fact = base.facts.find((f) => f.id === 'actor-lopez-obrador');
    if (!fact) throw new Error('fixture fact missing');
    const view = factView(fact, base, 'en-US');
    expect(view.quotes.map((q) => [q.paragraph, q.received])).toEqual([
      [2, [2, 4]],
      [3, [5]],
    ]);
    const mapping =
      '¶ numbers count the de-duplicated copy; in the copy as received, ¶2 is paragraphs 2 and 4, ¶3 is paragraph 5.';
    expect(view.paragraphMapping).toBe(mapping);
    expect(factEmbed(fact, base, 'en-US').fields?.find((f) => f.name === 'Paragraph numbers')?.value).toBe(
      mapping,
    );
  });

  it('names no outlet or headline the copy does not print, in any fact', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    for (const fact of base.facts) {
      const view = factView(fact, base, 'en-US');
      expect(view.source).toMatchObject({ headline: null, outletStated: null });
      expect(`${view.attribution} ${view.statement}`).not.toMatch(/NBC News reporting|US presses Mexico/);
    }
  });

  it('writes every office as of the report date', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    for (const id of ['actor-biden', 'actor-lopez-obrador', 'actor-blinken', 'actor-mayorkas']) {
      const fact = base.facts.find((f) => f.id === id);
      expect(fact?.statement).toMatch(/^As of January 2024 \(the report's inferred date\), /);
      expect(fact?.translations.es?.statement).toMatch(/^A enero de 2024 \(fecha inferida del reportaje\), /);
    }
  });
});

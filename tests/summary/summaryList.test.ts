import { beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import { parseSummaryList, SUMMARY_LIST } from '../../src/summary/summaryList.js';
import { planSummary } from '../../src/summary/topics.js';
import { embeddedEngine } from '../support/engine.js';

let base: FactBase;
beforeAll(async () => {
  base = await loadFactBase(EMBEDDED_DATA_DIR);
});

describe('the curated summary list in data/summary.json', () => {
  it('names only facts of the embedded base, each once', () => {
    const ids = SUMMARY_LIST.overview.flatMap((s) => s.facts);
    expect(ids.filter((id) => !base.facts.some((f) => f.id === id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the US asks, Mexico’s demands, the figures and what comes next', () => {
    expect(SUMMARY_LIST.overview.map((s) => s.section)).toEqual(['usAsks', 'mexicoAsks', 'figures', 'next']);
    const usAsks = SUMMARY_LIST.overview[0]?.facts ?? [];
    expect(usAsks).toEqual(
      expect.arrayContaining(['reopen-border-accept-non-mexicans', 'guatemala-border-enforcement']),
    );
    expect(SUMMARY_LIST.overview.at(-1)?.facts).toContain('talks-resume-in-washington');
  });

  it('has no two bullets on the same figure', () => {
    const figures = SUMMARY_LIST.overview
      .flatMap((s) => s.facts)
      .flatMap((id) => base.facts.find((f) => f.id === id)?.figures ?? []);
    const said = figures.map((f) => f.value);
    expect(new Set(said).size).toBe(said.length);
    // 10% of December is the 30,000 pledge said another way: only one of them is a bullet.
    const ids = SUMMARY_LIST.overview.flatMap((s) => s.facts);
    expect(
      ids.filter((id) =>
        ['mexico-pledged-30000-returns-monthly', 'pledge-is-10-percent-of-december-total'].includes(id),
      ),
    ).toHaveLength(1);
  });

  it('reports ids the fact base lacks instead of dropping them silently', async () => {
    const list = {
      overview: [
        { section: 'figures' as const, facts: ['mexico-pledged-30000-returns-monthly', 'no-such-fact'] },
      ],
    };
    const plan = await planSummary(await embeddedEngine(), 'overview', list);
    expect(plan?.missing).toEqual(['no-such-fact']);
    expect(plan?.sections[0]?.lines.map((l) => l.fact.id)).toEqual(['mexico-pledged-30000-returns-monthly']);
  });

  it('refuses a broken file, naming the file and the field', () => {
    expect(() => parseSummaryList('{"overview":[{"section":"gossip","facts":["x"]}]}')).toThrow(
      /data\/summary\.json: overview\.0\.section/,
    );
  });
});

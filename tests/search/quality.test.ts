import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBaseline } from '../../eval/baseline.js';
import { evaluate, rates } from '../../eval/evaluate.js';
import { measuredSets } from '../../eval/sets.js';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { embeddedEngine } from '../support/engine.js';

// The sealed blind sets in eval/sealed/ are deliberately not measured here: they are measured once, at the
// end of a change to the engine, and never tuned to (docs/evaluation.md). Each development set is answered
// with its own questions left out of the question bank, so these floors measure answers to questions the
// engine has not seen, not its memory.
async function measure(...sets: string[]) {
  const { base } = await embeddedEngine();
  const files = sets.map((set) =>
    fileURLToPath(new URL(`../fixtures/${set}-questions.jsonl`, import.meta.url)),
  );
  const { questions, engineFor } = await measuredSets(files, base, EMBEDDED_DATA_DIR);
  const report = await evaluate(questions, async (q, question) => {
    const engine = engineFor(question);
    const ranked = await engine.rankFacts(q, 3);
    return { answered: ranked[0]?.answers ?? false, ranked: ranked.map((r) => r.fact) };
  });
  return {
    report,
    factdesk: rates(report),
    baseline: rates(await evaluate(questions, createBaseline(base.facts))),
  };
}

/** Floors a little below the figures of `npm run eval` on the same sets today. */
const FLOORS = {
  dev: { top1: 0.85, declineRate: 0.95, wrongRate: 0.02 },
  english: { top1: 0.87, top3: 0.97, declineRate: 0.93, wrongRate: 0.035 },
  spanish: { top1: 0.8, top3: 0.95, declineRate: 0.93, wrongRate: 0.035 },
  calibration: { top1: 0.88, top3: 0.94, declineRate: 0.78, wrongRate: 0.12 },
};

const atLeast = (floor: number) => expect.toSatisfy((x: number) => x >= floor);
const atMost = (ceiling: number) => expect.toSatisfy((x: number) => x <= ceiling);

describe('answer quality on the development questions', () => {
  it('answers, declines and avoids wrong answers at the agreed floor', async () => {
    const { report, factdesk } = await measure('dev');
    // On failure the misses say which questions regressed.
    expect({ ...factdesk, misses: report.misses.map((m) => `${m.outcome}: ${m.question.q}`) }).toMatchObject({
      top1: atLeast(FLOORS.dev.top1),
      declineRate: atLeast(FLOORS.dev.declineRate),
      wrongRate: atMost(FLOORS.dev.wrongRate),
    });
  });

  it('does far better than plain fuse.js over the statements', async () => {
    const { factdesk, baseline } = await measure('dev');
    expect(factdesk.top1 - baseline.top1).toBeGreaterThan(0.3);
    expect(baseline.wrongRate - factdesk.wrongRate).toBeGreaterThan(0.3);
  });
});

describe('answer quality on the other development sets', () => {
  // Sets written blind from the article and since read to improve the engine (the blind-* ones were sealed
  // sets until measured once), and the set of paraphrases and near-misses written to be hard, which is
  // harder than what users ask by design: these floors guard against regressions. They sit a little below
  // what the engine does today (docs/evaluation.md). Six of the eleven blind-written sets keep CI's run
  // short; `npm run eval` measures any of them.
  it.each([
    [
      'the English blind-written sets',
      FLOORS.english,
      ['holdout', 'holdout2', 'holdout3', 'holdout4', 'blind-en-c', 'blind-en-d'],
    ],
    ['the Spanish blind-written sets', FLOORS.spanish, ['dev-es', 'blind-es-b']],
    ['the calibration set', FLOORS.calibration, ['train']],
  ])('keeps its answers right and its declines on %s', { timeout: 600_000 }, async (_, floors, sets) => {
    const { report, factdesk } = await measure(...sets);
    expect({ ...factdesk, misses: report.misses.length }).toMatchObject({
      top1: atLeast(floors.top1),
      top3: atLeast(floors.top3),
      declineRate: atLeast(floors.declineRate),
      wrongRate: atMost(floors.wrongRate),
    });
  });
});

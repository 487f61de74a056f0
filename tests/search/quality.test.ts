import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { createBaseline } from '../../src/search/baseline.js';
import { createEngine } from '../../src/search/engine.js';
import { evaluate, parseEvalQuestions, rates } from '../../src/search/evaluate.js';

async function measure(...files: string[]) {
  const questions = (
    await Promise.all(files.map((file) => readFile(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')))
  ).flatMap(parseEvalQuestions);
  const base = await loadFactBase(EMBEDDED_DATA_DIR);
  const engine = createEngine(base);
  const report = evaluate(questions, (q) => ({
    answered: engine.answer(q).answered,
    ranked: engine.rankFacts(q, 3).map((r) => r.fact),
  }));
  return {
    report,
    factdesk: rates(report),
    baseline: rates(evaluate(questions, createBaseline(base.facts))),
  };
}

describe('answer quality on the development questions', () => {
  it('answers, declines and avoids wrong answers at the agreed floor', async () => {
    const { report, factdesk } = await measure('dev-questions.jsonl');
    // On failure the misses say which questions regressed.
    expect({ ...factdesk, misses: report.misses.map((m) => `${m.outcome}: ${m.question.q}`) }).toMatchObject({
      top1: expect.toSatisfy((x: number) => x >= 0.95),
      declineRate: expect.toSatisfy((x: number) => x >= 0.95),
      wrongRate: expect.toSatisfy((x: number) => x <= 0.03),
    });
  });

  it('does far better than plain fuse.js over the statements', async () => {
    const { factdesk, baseline } = await measure('dev-questions.jsonl');
    expect(factdesk.top1 - baseline.top1).toBeGreaterThan(0.3);
    expect(baseline.wrongRate - factdesk.wrongRate).toBeGreaterThan(0.3);
  });
});

describe('answer quality on questions written blind, from the article alone', () => {
  // Four sets of about 100 questions each, by writers who saw neither the engine nor the fact base. Some
  // have since been read to improve the engine, so these floors guard against regressions; they sit a
  // little below what the engine does today (README, "Measured quality").
  it('keeps most of its answers right and most of its declines', async () => {
    const { report, factdesk } = await measure(
      'holdout-questions.jsonl',
      'holdout2-questions.jsonl',
      'holdout3-questions.jsonl',
      'holdout4-questions.jsonl',
    );
    expect({ ...factdesk, misses: report.misses.length }).toMatchObject({
      top1: expect.toSatisfy((x: number) => x >= 0.66),
      top3: expect.toSatisfy((x: number) => x >= 0.95),
      declineRate: expect.toSatisfy((x: number) => x >= 0.68),
      wrongRate: expect.toSatisfy((x: number) => x <= 0.11),
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  decidable,
  FAILED_CHECKS,
  FEATURES,
  parseDecisionModel,
  probability,
  readDecisionModel,
} from '../../src/search/decide/model.js';
import {
  chooseThreshold,
  crossValidate,
  fitLogistic,
  likeliestPerQuestion,
  operatingPoint,
  type Example,
} from '../../eval/calibration.js';

describe('the fitted decision in data/decision-model.json', () => {
  it('is fitted for the features the engine computes, with a threshold per language for a stated wrong-answer rate', () => {
    const model = readDecisionModel();
    expect(model.features).toEqual([...FEATURES]);
    for (const threshold of [model.thresholds.en, model.thresholds.es]) {
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThan(1);
    }
    expect(model.targetWrongRate).toBeLessThanOrEqual(0.04);
  });

  it('never grows surer when a check fails, and grows less sure when the answer type is missing', () => {
    const model = readDecisionModel();
    const at = (name: (typeof FEATURES)[number], value: number) =>
      probability(
        model,
        model.mean.map((x, i) => (FEATURES[i] === name ? value : x)),
      );
    for (const check of FAILED_CHECKS) expect(at(check, 1), check).toBeLessThanOrEqual(at(check, 0));
    expect(at('typeMissing', 1)).toBeLessThan(at('typeMissing', 0));
    expect(at('coverage', 1)).toBeGreaterThan(at('coverage', 0.3));
  });

  it('refuses a model fitted for other features, saying how to refit it', () => {
    const model = {
      ...readDecisionModel(),
      features: ['something', 'else'],
      mean: [0, 0],
      scale: [1, 1],
      weights: [0, 0],
    };
    expect(() => parseDecisionModel(JSON.stringify(model))).toThrow(/npm run calibrate/);
    expect(() => parseDecisionModel('{"threshold": 2}')).toThrow(/decision-model.json is invalid/);
  });
});

describe('the candidates the decision chooses among', () => {
  it('are the first three, less those retrieval puts far behind the first', () => {
    const settings = { decideAmong: 3, decideAmongMargin: 0.6 } as const;
    const fused = (c: { fused: number }) => c.fused;
    const ranked = [{ fused: 1.48 }, { fused: 1.1 }, { fused: 0.73 }, { fused: 1.4 }];
    expect(decidable(ranked, fused, settings)).toEqual([{ fused: 1.48 }, { fused: 1.1 }]);
    expect(decidable([], fused, settings)).toEqual([]);
  });
});

describe('calibration', () => {
  // One informative feature and one of noise: a fit must lean on the first.
  const examples: Example[] = Array.from({ length: 200 }, (_, i) => {
    const right = i % 2 === 0;
    return {
      features: [right ? 0.8 + (i % 7) / 50 : 0.3 + (i % 5) / 50, (i * 37) % 11],
      right,
      inScope: right || i % 4 === 1,
    };
  });

  it('fits a logistic regression that separates what it can', () => {
    const fit = fitLogistic(examples);
    expect(Math.abs(fit.weights[0] as number)).toBeGreaterThan(5 * Math.abs(fit.weights[1] as number));
  });

  it('gives every example a probability from a model that did not see it', () => {
    const probabilities = crossValidate(examples);
    expect(probabilities).toHaveLength(examples.length);
    const right = probabilities.filter((_, i) => examples[i]?.right);
    const wrong = probabilities.filter((_, i) => !examples[i]?.right);
    expect(Math.min(...right)).toBeGreaterThan(Math.max(...wrong));
  });

  it('keeps the candidates of one question in one fold, and fits on first-ranked candidates only', () => {
    // Lower-ranked candidates labelled against the signal: fitted on, they would turn the first weight round.
    const candidates: Example[] = examples.flatMap((example, question) => [
      { ...example, question },
      { ...example, right: !example.right, question, lowerRanked: true },
    ]);
    const probabilities = crossValidate(candidates);
    const right = probabilities.filter((_, i) => candidates[i]?.right && !candidates[i]?.lowerRanked);
    const wrong = probabilities.filter((_, i) => !candidates[i]?.right && !candidates[i]?.lowerRanked);
    expect(Math.min(...right)).toBeGreaterThan(Math.max(...wrong));
  });

  it('answers each question with its likeliest candidate, the first on a tie', () => {
    const candidates: Example[] = [
      { features: [0], right: false, inScope: true, question: 0 },
      { features: [0], right: true, inScope: true, question: 0, lowerRanked: true },
      { features: [0], right: true, inScope: true, question: 1 },
      { features: [0], right: false, inScope: true, question: 1, lowerRanked: true },
    ];
    expect(likeliestPerQuestion(candidates, [0.4, 0.9, 0.6, 0.6])).toEqual([1, 2]);
  });

  it('chooses the lowest threshold that keeps wrong answers within the target', () => {
    const probabilities = examples.map((e, i) => (e.right ? 0.9 : i % 10 === 1 ? 0.85 : 0.2));
    const point = chooseThreshold(examples, probabilities, 0.02);
    expect(point.wrongRate).toBeLessThanOrEqual(0.02);
    expect(point.threshold).toBe(0.9);
    expect(operatingPoint(examples, probabilities, 0.85).wrongRate).toBeGreaterThan(0.02);
  });
});

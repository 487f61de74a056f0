// Fits the decision (src/search/decide/model.ts): a logistic regression over the features of each
// question's verified candidate, labelled by whether that candidate is the right answer. Cross-validation
// gives every question a probability from a model that never saw it; the threshold is chosen on those for
// a stated wrong-answer rate. Used by `npm run calibrate`; not on the bot's runtime path.

export interface Example {
  features: number[];
  /** The candidate is the right answer. */
  right: boolean;
  /** The record answers the question (some fact is right). */
  inScope: boolean;
  /** A fixed rule declines it whatever the probability (a request for an opinion). */
  forcedDecline?: boolean;
  /**
   * The question this is a candidate answer for, when a question has several: they share a fold, and the
   * likeliest of them is the answer (see `likeliestPerQuestion`).
   */
  question?: number;
  /**
   * A candidate other than the question's first-ranked: predicted, never fitted on. Fitted on every
   * candidate, the decision learnt which of close facts is right at the cost of whether to answer at all
   * (cross-validated 1–1.2 points fewer right); fitted on the first-ranked and applied to the first few,
   * it gains.
   */
  lowerRanked?: boolean;
}

export interface Fit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface Operating {
  threshold: number;
  top1: number;
  declineRate: number;
  wrongRate: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function predict(fit: Fit, features: readonly number[]): number {
  let z = fit.bias;
  features.forEach((x, i) => {
    z += (fit.weights[i] as number) * ((x - (fit.mean[i] as number)) / (fit.scale[i] as number));
  });
  return sigmoid(z);
}

/**
 * Logistic regression with an L2 penalty, by gradient descent on standardised features. Weights marked in
 * `nonPositive` are kept at or below zero: a failed check may lower confidence, never raise it, whatever a
 * handful of training questions happen to suggest.
 */
export function fitLogistic(
  examples: readonly Example[],
  nonPositive: readonly boolean[] = [],
  l2 = 0.01,
  iterations = 3000,
  rate = 0.5,
): Fit {
  const width = examples[0]?.features.length ?? 0;
  const mean = Array.from(
    { length: width },
    (_, j) => examples.reduce((s, e) => s + (e.features[j] as number), 0) / examples.length,
  );
  const scale = mean.map((m, j) => {
    const variance = examples.reduce((s, e) => s + ((e.features[j] as number) - m) ** 2, 0) / examples.length;
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const rows = examples.map((e) =>
    e.features.map((x, j) => (x - (mean[j] as number)) / (scale[j] as number)),
  );
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (let j = 0; j < width; j++) z += (weights[j] as number) * (row[j] as number);
      const error = sigmoid(z) - ((examples[i] as Example).right ? 1 : 0);
      for (let j = 0; j < width; j++) gradient[j] = (gradient[j] as number) + error * (row[j] as number);
      biasGradient += error;
    });
    for (let j = 0; j < width; j++) {
      weights[j] =
        (weights[j] as number) - rate * ((gradient[j] as number) / rows.length + l2 * (weights[j] as number));
      if (nonPositive[j]) weights[j] = Math.min(0, weights[j] as number);
    }
    bias -= (rate * biasGradient) / rows.length;
  }
  return { mean, scale, weights, bias };
}

/** A deterministic shuffle (mulberry32), so the folds and the figures are the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Each example's probability from a model fitted on the other folds. */
export function crossValidate(
  examples: readonly Example[],
  nonPositive: readonly boolean[] = [],
  folds = 5,
  seed = 42,
): number[] {
  // Folds are drawn by question, so no model sees another candidate of a question it predicts.
  const groupOf = (i: number) => examples[i]?.question ?? -1 - i;
  const order = shuffled([...new Set(examples.map((_, i) => groupOf(i)))], seed);
  const foldOf = new Map(order.map((group, k) => [group, k % folds]));
  const predictions = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const held = new Set(examples.flatMap((_, i) => (foldOf.get(groupOf(i)) === fold ? [i] : [])));
    const fit = fitLogistic(
      examples.filter((example, i) => !held.has(i) && !example.lowerRanked),
      nonPositive,
    );
    for (const i of held) predictions[i] = predict(fit, (examples[i] as Example).features);
  }
  return predictions;
}

/**
 * The index of each question's likeliest candidate, in question order: the one the engine answers with
 * (settings.decideAmong). The first listed wins a tie, as the first-ranked does in the engine.
 */
export function likeliestPerQuestion(
  examples: readonly Example[],
  probabilities: readonly number[],
): number[] {
  const best = new Map<number, number>();
  examples.forEach((example, i) => {
    const question = example.question ?? -1 - i;
    const current = best.get(question);
    if (current === undefined || (probabilities[i] as number) > (probabilities[current] as number))
      best.set(question, i);
  });
  return [...best.values()];
}

/** The rates at a threshold, counted as `npm run eval` counts them. */
export function operatingPoint(
  examples: readonly Example[],
  probabilities: readonly number[],
  threshold: number,
): Operating {
  let inScope = 0;
  let outOfScope = 0;
  let right = 0;
  let wrong = 0;
  let declinedOut = 0;
  examples.forEach((example, i) => {
    const answered = !example.forcedDecline && (probabilities[i] as number) >= threshold;
    if (example.inScope) inScope += 1;
    else outOfScope += 1;
    if (answered && example.right) right += 1;
    else if (answered) wrong += 1;
    else if (!example.inScope) declinedOut += 1;
  });
  return {
    threshold,
    top1: inScope ? right / inScope : 1,
    declineRate: outOfScope ? declinedOut / outOfScope : 1,
    wrongRate: examples.length ? wrong / examples.length : 0,
  };
}

/** The lowest threshold whose wrong-answer rate is within the target: as many answers as that allows. */
export function chooseThreshold(
  examples: readonly Example[],
  probabilities: readonly number[],
  targetWrongRate: number,
): Operating {
  const candidates = [...new Set(probabilities.map((p) => Number(p.toFixed(3))))].sort((a, b) => a - b);
  for (const threshold of candidates) {
    const point = operatingPoint(examples, probabilities, threshold);
    if (point.wrongRate <= targetWrongRate) return point;
  }
  return operatingPoint(examples, probabilities, 1);
}

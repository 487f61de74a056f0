// npm run calibrate [-- --ablate] — fits the answer/decline decision on the labelled development questions
// (the dev set, the blind-written sets measured earlier and now used for development, and a training set of
// paraphrases and near-misses), chooses the threshold for the target wrong-answer rate on cross-validated probabilities of
// the blind-written sets, and writes data/decision-model.json. --ablate refits without each feature in
// turn, to show what it earns.
import { readFile, writeFile } from 'node:fs/promises';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import {
  DECISION_MODEL_PATH,
  FAILED_CHECKS,
  decidable,
  FEATURES,
  tooLittleToAnswer,
  type DecisionModel,
} from '../src/search/decide/model.js';
import { loadEngine } from '../src/search/load.js';
import {
  chooseThreshold,
  crossValidate,
  fitLogistic,
  likeliestPerQuestion,
  type Example,
  type Operating,
} from '../eval/calibration.js';
import { isRight, parseEvalQuestions, type EvalQuestion } from '../eval/evaluate.js';
import type { Analysis } from '../src/search/analyze/question.js';
import { SEARCH_SETTINGS, type Explanation } from '../src/search/engine.js';

/**
 * The wrong-answer rate the threshold is chosen for: well below the product's 4% ceiling, because new
 * questions hold more near-misses than the development sets. Sealed and unseen sets have measured 1 to 2
 * times the cross-validated rate at the same threshold: in session 6, three sets written blind and
 * measured before they joined the bank gave 5.0%, 3.5% and 2.5% wrong at thresholds chosen for 2.5%. So
 * 2%, which costs about 1.5 points right in cross-validation.
 */
const TARGET_WRONG_RATE = 0.02;

/**
 * Sets written blind from the article, as users ask: the threshold is chosen on these. The training set
 * was written to be hard (half of it near-misses, twice the share users ask), so it teaches the weights
 * what a near-miss looks like but would set the threshold for a stream of questions no one sends.
 */
const BLIND_SETS = [
  'dev',
  'holdout',
  'holdout2',
  'holdout3',
  'holdout4',
  'dev-es',
  'blind-en-a',
  'blind-en-b',
  'blind-en-c',
  'blind-en-d',
  'blind-en-e',
  'blind-en-f',
  'blind-en-g',
  'blind-en-h',
  'blind-en-i',
  'blind-en-j',
  'blind-en-k',
  'blind-en-l',
  'blind-en-m',
  'blind-en-n',
  'blind-en-o',
  'blind-en-p',
  'blind-es',
  'blind-es-b',
  'blind-es-c',
  'blind-es-d',
  'blind-es-e',
  'blind-es-f',
  'blind-es-g',
  'blind-es-h',
  'blind-es-i',
  'blind-es-j',
  'blind-es-k',
  'blind-es-l',
  'blind-es-m',
  'blind-es-n',
  'blind-es-o',
];
const SETS = [...BLIND_SETS, 'train'];

const base = await loadFactBase(EMBEDDED_DATA_DIR);
// Features do not depend on the decision, so any model serves to compute them.
const placeholder: DecisionModel = {
  features: [...FEATURES],
  mean: FEATURES.map(() => 0),
  scale: FEATURES.map(() => 1),
  weights: FEATURES.map(() => 0),
  bias: 0,
  thresholds: { en: 0.5, es: 0.5 },
  targetWrongRate: TARGET_WRONG_RATE,
  fitted: {},
};

// Every set is run with its own questions left out of the question bank, as a new question meets it.
const runs: {
  question: EvalQuestion;
  blind: boolean;
  analysis: Analysis;
  /** The candidates the decision weighs, in rank order: the likeliest is the answer. */
  ranked: Explanation['ranked'];
}[] = [];
for (const set of SETS) {
  const engine = await loadEngine(base, EMBEDDED_DATA_DIR, { decision: placeholder, leaveOut: set });
  const text = await readFile(new URL(`../tests/fixtures/${set}-questions.jsonl`, import.meta.url), 'utf8');
  for (const question of parseEvalQuestions(text)) {
    const { analysis, ranked } = await engine.explain(question.q, SEARCH_SETTINGS.decideAmong);
    // With every probability alike, no candidate has moved ahead of the first-ranked one.
    const weighed = decidable(ranked, (c) => c.score, SEARCH_SETTINGS);
    runs.push({ question, blind: BLIND_SETS.includes(set), analysis, ranked: weighed });
  }
}
const blind = runs.map((r) => r.blind);
const LANGUAGES = ['en', 'es'] as const;

// One example per candidate, labelled by whether it is the right answer; a question with none is declined.
const examples: Example[] = runs.flatMap(({ question, analysis, ranked }, index) => {
  const inScope = question.expect !== null;
  if (ranked.length === 0)
    return [
      {
        features: FEATURES.map(() => 0),
        right: false,
        inScope,
        forcedDecline: true,
        question: index,
        lowerRanked: false,
      },
    ];
  return ranked.map((candidate, rank) => ({
    features: FEATURES.map((name) => candidate.features[name] ?? 0),
    right: isRight(candidate.fact, question),
    inScope,
    forcedDecline: analysis.opinion || tooLittleToAnswer(candidate.candidate, analysis),
    question: index,
    lowerRanked: rank > 0,
  }));
});

const nonPositive = FEATURES.map((name) => FAILED_CHECKS.includes(name));
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
/**
 * Cross-validated figures with a threshold per language, each the lowest within the target on that
 * language's blind-written questions: Spanish questions rank on fewer signals (the sentence model reads
 * English), so one threshold for both would be too strict for one and too lax for the other.
 */
const describe = (label: string, list: Example[]) => {
  const probabilities = crossValidate(list, nonPositive);
  const answers = likeliestPerQuestion(list, probabilities);
  const points = Object.fromEntries(
    LANGUAGES.map((language) => {
      const mine = answers.filter((i) => {
        const run = runs[list[i]?.question as number];
        return run?.blind && run.analysis.language === language;
      });
      return [
        language,
        chooseThreshold(
          mine.map((i) => list[i] as Example),
          mine.map((i) => probabilities[i] as number),
          TARGET_WRONG_RATE,
        ),
      ];
    }),
  ) as Record<(typeof LANGUAGES)[number], Operating>;
  const line = LANGUAGES.map((language) => {
    const p = points[language];
    return `${language} top-1 ${percent(p.top1).padStart(6)} declines ${percent(p.declineRate).padStart(6)} wrong ${percent(p.wrongRate).padStart(5)} at ${p.threshold.toFixed(3)}`;
  }).join('  |  ');
  console.log(`${label.padEnd(32)} ${line}`);
  return points;
};

console.log(
  `${runs.length} labelled questions (${runs.filter((r) => r.question.expect !== null).length} in scope; ${examples.length} candidates), 5-fold cross-validation by question; threshold for wrong ≤ ${percent(TARGET_WRONG_RATE)} on the ${blind.filter(Boolean).length} blind-written ones, figures on those\n`,
);
const chosen = describe('all features', examples);
if (process.argv.includes('--ablate')) {
  for (const [i, name] of FEATURES.entries())
    describe(
      `without ${name}`,
      examples.map((e) => ({ ...e, features: e.features.map((x, j) => (j === i ? 0 : x)) })),
    );
}

const fit = fitLogistic(
  examples.filter((example) => !example.lowerRanked),
  nonPositive,
);
const model: DecisionModel = {
  $comment: 'Written by `npm run calibrate`; see docs/evaluation.md. Do not edit by hand.',
  features: [...FEATURES],
  mean: fit.mean,
  scale: fit.scale,
  weights: fit.weights,
  bias: fit.bias,
  thresholds: { en: chosen.en.threshold, es: chosen.es.threshold },
  targetWrongRate: TARGET_WRONG_RATE,
  fitted: {
    factBaseVersion: base.version,
    questions: runs.length,
    candidates: examples.length,
    sets: SETS,
    thresholdChosenOn: BLIND_SETS,
    crossValidated: Object.fromEntries(
      LANGUAGES.map((language) => {
        const { top1, declineRate, wrongRate } = chosen[language];
        return [language, { top1, declineRate, wrongRate }];
      }),
    ),
  },
};
await writeFile(DECISION_MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);
console.log(
  `\nwrote data/decision-model.json (thresholds en ${chosen.en.threshold.toFixed(3)}, es ${chosen.es.threshold.toFixed(3)})`,
);

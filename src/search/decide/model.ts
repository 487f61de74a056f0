// The fourth stage: answer or not, decided by a calibrated probability that the verified candidate answers
// the question. A logistic regression over the retrieval scores and the verification checks, fitted by
// `npm run calibrate` with cross-validation on labelled questions and stored in data/decision-model.json
// with the threshold chosen for a stated wrong-answer rate.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Analysis } from '../analyze/question.js';
import type { BankEvidence } from '../retrieve/bank.js';
import type { LexicalParts } from '../retrieve/lexical.js';
import type { SemanticHit } from '../retrieve/semantic.js';
import type { SearchSettings } from '../settings.js';
import type { CheckResults } from '../verify/checks.js';

/** A fact as retrieved and verified for one question: what the decision weighs. */
export interface Candidate {
  index: number;
  lexical: LexicalParts & { score: number };
  semantic: Pick<SemanticHit, 'question' | 'text' | 'score'>;
  /** The fused retrieval score. */
  fused: number;
  /** What orders verified candidates: the fused score with the question bank's say (settings.bankRankWeight). */
  rank: number;
  checks: CheckResults;
}

/** The checks of verify/checks.ts that a candidate fails: features of the decision that only lower it. */
export const FAILING_CHECKS = [
  'typeMissing',
  'detailWithheld',
  'ownerConflict',
  'actorMismatch',
  'countryMismatch',
  'numberConflict',
  'periodConflict',
  'dateConflict',
  'directionConflict',
] as const;

/** The inputs of the decision, in the order of the fitted weights. Each is documented in docs/search.md. */
export const FEATURES = [
  'lexical',
  'coverage',
  'lexicalQuestion',
  'semantic',
  'semanticQuestion',
  'fusedMargin',
  'semanticSpread',
  'knownShare',
  'bankSemanticSame',
  'bankSemanticUnanswered',
  'bankSemanticOther',
  'bankLexicalSame',
  'bankLexicalUnanswered',
  'bankLexicalOther',
  'bankSemanticVoteSame',
  'bankSemanticVoteUnanswered',
  'bankLexicalVoteSame',
  'bankLexicalVoteUnanswered',
  ...FAILING_CHECKS,
  'actorOwnFact',
  'asksDetail',
  'checkedClaim',
  'unknownName',
  'prediction',
  'spanish',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Features that say something failed: their fitted weights may only lower confidence. */
export const FAILED_CHECKS: readonly FeatureName[] = [...FAILING_CHECKS, 'unknownName', 'prediction'];

/** What a question and its chosen candidate add up to, beyond the candidate's own scores. */
export interface DecisionContext {
  analysis: Analysis;
  /** The fused score of the best candidate that is another fact than this one (0 when there is none). */
  runnerUp: number;
  /** The share of the question's term weight that the base knows. */
  knownShare: number;
  /** The mean semantic similarity of the other candidates retrieved. */
  othersSemantic: number;
  /** How close the question comes to banked questions this fact answers, no fact answers, or others do. */
  bank: BankEvidence;
}

export function featuresOf(candidate: Candidate, context: DecisionContext): number[] {
  const { checks } = candidate;
  const { analysis } = context;
  const claimChecked =
    analysis.polar &&
    (checks.numberConflict || checks.numberMatch || checks.dateConflict || checks.dateMatch);
  const values: Record<FeatureName, number> = {
    lexical: candidate.lexical.score,
    coverage: candidate.lexical.coverage,
    lexicalQuestion: candidate.lexical.question,
    semantic: candidate.semantic.score,
    semanticQuestion: candidate.semantic.question,
    fusedMargin: candidate.fused - context.runnerUp,
    // How far this fact stands out in meaning from the rest: the model finds every Spanish sentence of the
    // domain alike, so there only the spread, not the level, says anything.
    semanticSpread: candidate.semantic.score - context.othersSemantic,
    knownShare: context.knownShare,
    bankSemanticSame: context.bank.semanticSame,
    bankSemanticUnanswered: context.bank.semanticUnanswered,
    bankSemanticOther: context.bank.semanticOther,
    bankLexicalSame: context.bank.lexicalSame,
    bankLexicalUnanswered: context.bank.lexicalUnanswered,
    bankLexicalOther: context.bank.lexicalOther,
    bankSemanticVoteSame: context.bank.semanticVoteSame,
    bankSemanticVoteUnanswered: context.bank.semanticVoteUnanswered,
    bankLexicalVoteSame: context.bank.lexicalVoteSame,
    bankLexicalVoteUnanswered: context.bank.lexicalVoteUnanswered,
    typeMissing: Number(checks.typeMissing),
    detailWithheld: Number(checks.detailWithheld),
    ownerConflict: Number(checks.ownerConflict),
    actorMismatch: Number(checks.actorMismatch),
    countryMismatch: Number(checks.countryMismatch),
    // In a yes/no question a wrong figure is what the answer corrects, not a sign of the wrong fact.
    numberConflict: Number(checks.numberConflict && !analysis.polar),
    // A rate of another period is another figure, in a yes/no question too ("a million a month?" is not
    // about the million a year under Title 42).
    periodConflict: Number(checks.periodConflict),
    dateConflict: Number(checks.dateConflict && !analysis.polar),
    directionConflict: Number(checks.directionConflict),
    actorOwnFact: Number(checks.actorOwnFact),
    asksDetail: Number(analysis.asksDetail),
    checkedClaim: Number(claimChecked),
    unknownName: Number(analysis.unknownNames.length > 0),
    prediction: Number(analysis.prediction),
    spanish: Number(analysis.language === 'es'),
  };
  return FEATURES.map((name) => values[name]);
}

export const DecisionModel = z
  .object({
    $comment: z.string().optional(),
    features: z.array(z.string()),
    /** Standardisation: each feature minus its mean, divided by its scale, before the weights apply. */
    mean: z.array(z.number()),
    scale: z.array(z.number().positive()),
    weights: z.array(z.number()),
    bias: z.number(),
    /**
     * Answer at or above this probability, for a question in each language; each chosen on cross-validated
     * predictions for `targetWrongRate` on that language's questions.
     */
    thresholds: z.object({ en: z.number().min(0).max(1), es: z.number().min(0).max(1) }).strict(),
    targetWrongRate: z.number().min(0).max(1),
    /** How the model was fitted and how it did in cross-validation, for people reading the file. */
    fitted: z.record(z.string(), z.unknown()),
  })
  .strict()
  .refine((m) => [m.mean, m.scale, m.weights].every((list) => list.length === m.features.length), {
    message: 'mean, scale and weights need one value per feature',
  });
export type DecisionModel = z.infer<typeof DecisionModel>;

export const DECISION_MODEL_PATH = new URL('../../../data/decision-model.json', import.meta.url);

/** Reads the fitted model; one fitted for other features than this engine computes must be refitted. */
export function parseDecisionModel(json: string): DecisionModel {
  const result = DecisionModel.safeParse(JSON.parse(json));
  if (!result.success)
    throw new Error(`data/decision-model.json is invalid: ${z.prettifyError(result.error)}`);
  const model = result.data;
  if (model.features.join() !== FEATURES.join())
    throw new Error('data/decision-model.json was fitted for other features: run `npm run calibrate`');
  return model;
}

export function readDecisionModel(): DecisionModel {
  return parseDecisionModel(readFileSync(DECISION_MODEL_PATH, 'utf8'));
}

/**
 * A candidate the question gives too little to stand on is never answered, whatever its probability:
 * - it shares no term with the question's best segment (not a word, stem or concept): only meaning found
 *   it, and a linear model would read gibberish, unlike every banked question, as unlike every near-miss;
 * - the text asks nothing and is one term that names none of the fact's names: "migrants" is a topic to
 *   browse (the decline lists the closest facts). Until session 6 every one-term question was declined;
 *   one that asks is now weighed by the decision ("kien es mayorcas", "wat is titel 42"): cross-validated
 *   +0.3 points right in English and +0.4 in Spanish at 2% wrong.
 */
export function tooLittleToAnswer(
  candidate: Pick<Candidate, 'lexical'>,
  analysis: Pick<Analysis, 'terms' | 'asks'>,
): boolean {
  return (
    candidate.lexical.coverage === 0 ||
    (!analysis.asks && analysis.terms.size <= 1 && candidate.lexical.alias < 1)
  );
}

/**
 * The candidates the decision chooses among, in rank order: the first few (`decideAmong`), less those
 * retrieval puts far behind the first (`decideAmongMargin`), which are not the fact meant however likely
 * the decision finds them.
 */
export function decidable<T>(
  ranked: readonly T[],
  fused: (candidate: T) => number,
  settings: Pick<SearchSettings, 'decideAmong' | 'decideAmongMargin'>,
): T[] {
  const [first] = ranked;
  if (first === undefined) return [];
  return ranked
    .slice(0, settings.decideAmong)
    .filter((c) => c === first || fused(c) >= fused(first) - settings.decideAmongMargin);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability that a candidate with these features answers the question. */
export function probability(
  model: Pick<DecisionModel, 'mean' | 'scale' | 'weights' | 'bias'>,
  features: readonly number[],
): number {
  let z = model.bias;
  features.forEach((x, i) => {
    z += (model.weights[i] as number) * ((x - (model.mean[i] as number)) / (model.scale[i] as number));
  });
  return sigmoid(z);
}

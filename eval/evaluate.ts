// Measures answer quality on a question set: top-1 accuracy and top-3 recall on questions the record
// answers, the decline rate on those it does not, the wrong-answer rate, and how well the engine's
// confidence is calibrated. Used by `npm run eval`, `npm run calibrate` and the quality floor tests, for
// factdesk and for the plain fuse.js baseline alike. Not on the bot's runtime path.
import { z } from 'zod';
import type { Fact } from '../src/facts/schema.js';

export const EvalQuestion = z.object({
  q: z.string(),
  /** Patterns that the answer's statement plus quotes must all match; null when the bot must decline. */
  expect: z.array(z.string()).nullable(),
  kind: z.string(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

/** What a system under evaluation returns for one question. */
export interface EvalResponse {
  answered: boolean;
  /** The answer first, then the runners-up, as far as the system ranks them. */
  ranked: Fact[];
  /** The system's confidence that its first-ranked fact answers, when it gives one. */
  confidence?: number;
}

export interface EvalMiss {
  question: EvalQuestion;
  outcome: 'declined' | 'wrong' | 'answered-out-of-scope';
  got?: string;
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  declined: number;
  wrong: number;
  misses: EvalMiss[];
  /** Per question: the confidence in the first-ranked fact and whether that fact is right. */
  calibration: { confidence: number; correct: boolean }[];
}

export function parseEvalQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => EvalQuestion.parse(JSON.parse(line)));
}

/** Whether a fact answers a question: its statement and quotes together match every expected pattern. */
export function satisfies(fact: Fact, expect: readonly string[]): boolean {
  const text = [fact.statement, ...fact.quotes.map((q) => q.text)].join(' ');
  return expect.every((pattern) => new RegExp(pattern).test(text));
}

/** Whether the first-ranked fact is the right one: for a question out of the record, no fact is. */
export function isRight(fact: Fact | undefined, question: EvalQuestion): boolean {
  return fact !== undefined && question.expect !== null && satisfies(fact, question.expect);
}

export async function evaluate(
  questions: readonly EvalQuestion[],
  respond: (q: string, question: EvalQuestion) => EvalResponse | Promise<EvalResponse>,
): Promise<EvalReport> {
  const report: EvalReport = {
    inScope: 0,
    outOfScope: 0,
    top1: 0,
    top3: 0,
    declined: 0,
    wrong: 0,
    misses: [],
    calibration: [],
  };
  for (const question of questions) {
    const response = await respond(question.q, question);
    const top = response.answered ? response.ranked[0] : undefined;
    if (response.confidence !== undefined)
      report.calibration.push({
        confidence: response.confidence,
        correct: isRight(response.ranked[0], question),
      });
    if (question.expect === null) {
      report.outOfScope += 1;
      if (!top) report.declined += 1;
      else {
        report.wrong += 1;
        report.misses.push({ question, outcome: 'answered-out-of-scope', got: top.id });
      }
      continue;
    }
    const expect = question.expect;
    report.inScope += 1;
    if (response.ranked.slice(0, 3).some((fact) => satisfies(fact, expect))) report.top3 += 1;
    if (top && satisfies(top, expect)) report.top1 += 1;
    else if (top) {
      report.wrong += 1;
      report.misses.push({ question, outcome: 'wrong', got: top.id });
    } else report.misses.push({ question, outcome: 'declined', got: response.ranked[0]?.id });
  }
  return report;
}

/** The rates a report stands for, each from 0 to 1. */
export function rates(report: EvalReport) {
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    top1: share(report.top1, report.inScope),
    top3: share(report.top3, report.inScope),
    declineRate: share(report.declined, report.outOfScope),
    wrongRate: share(report.wrong, report.inScope + report.outOfScope),
  };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/**
 * The reliability table (confidence in ten bins against how often the first-ranked fact was right) and the
 * expected calibration error: the count-weighted gap between the two. A calibrated engine's 0.8 is right
 * four times in five.
 */
export function reliability(points: readonly { confidence: number; correct: boolean }[], binCount = 10) {
  const bins: ReliabilityBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: i / binCount,
    to: (i + 1) / binCount,
    count: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  for (const { confidence, correct } of points) {
    const bin = bins[Math.min(binCount - 1, Math.floor(confidence * binCount))] as ReliabilityBin;
    bin.count += 1;
    bin.meanConfidence += confidence;
    bin.accuracy += correct ? 1 : 0;
  }
  let error = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanConfidence /= bin.count;
    bin.accuracy /= bin.count;
    error += (bin.count / Math.max(1, points.length)) * Math.abs(bin.accuracy - bin.meanConfidence);
  }
  return { bins, expectedCalibrationError: error };
}

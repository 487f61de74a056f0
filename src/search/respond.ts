// The last stage: turns the decision into the reply's shape. Beyond answer and decline, a yes/no question or
// claim that the record contradicts is corrected and one it confirms is confirmed; a question for a detail
// the record only mentions is told it is not given, with the fact that mentions it; a question about "now"
// gets the dated fact framed as of the report date.
import type { FactBase } from '../facts/load.js';
import type { DateRef, Fact } from '../facts/schema.js';
import type { Language } from './analyze/question.js';

export type AnswerKind = 'answer' | 'correction' | 'confirmation' | 'as-of' | 'not-given' | 'decline';

/** The kind of detail a question asked for that a fact does not give. */
export type MissingDetail =
  'figure' | 'amount' | 'date' | 'day' | 'name' | 'city' | 'duration' | 'reason' | 'detail';

/** Why a question was not answered. */
export type DeclineReason = 'not-in-record' | 'detail-not-given' | 'opinion' | 'prediction' | 'empty';

/** The engine's reply to one question. "Not in the record" is a result, never an exception. */
export interface Answer {
  /** The question as searched: cleaned and cut to MAX_QUESTION_LENGTH. */
  query: string;
  answered: boolean;
  /** 0 to 1: the calibrated probability that the fact answers the question (1 for a fact asked by id). */
  confidence: number;
  /** The best fact when answered, otherwise null. */
  fact: Fact | null;
  /** Facts that answer almost as well as the best one; when not empty the reply offers them too. */
  alternatives: Fact[];
  /** Facts related to the answer. */
  related: Fact[];
  /** When declining: the nearest facts the record does cover, for "you could ask about…". */
  closest: Fact[];
  /** How the reply should be framed. `answer` and `decline` are what the two plain cases always were. */
  kind: AnswerKind;
  /** Why the question was not answered, when it was not. */
  reason?: DeclineReason;
  /** For `not-given`: the fact that mentions the subject without the detail asked for. */
  context?: Fact;
  /** For `not-given`: what kind of detail the question asked for. */
  missing?: MissingDetail;
  /** For a correction or confirmation: the figure or date the question gave, as it gave it. */
  claimed?: string;
  /** For `as-of`: when the record's sources were reported, which the answer holds as of. */
  asOf?: DateRef;
  /** The language the question was written in: replies follow it where the reader's locale does not say. */
  language: Language;
}

/** What a question asked for, read from its question words, when a fact lacks it. */
export function missingDetail(types: ReadonlySet<string>, money: boolean, exactDay: boolean): MissingDetail {
  // "How many years did the meeting last?" asks a length of time, not a count.
  if (types.has('duration')) return 'duration';
  if (types.has('howmuch') && money) return 'amount';
  if (types.has('howmany') || types.has('howmuch')) return 'figure';
  if (types.has('when')) return exactDay ? 'day' : 'date';
  if (types.has('who') || types.has('name') || types.has('person')) return 'name';
  if (types.has('city')) return 'city';
  if (types.has('why')) return 'reason';
  return 'detail';
}

/** When the source of a fact's first quote was reported. */
export function reportedDate(fact: Fact, base: FactBase): DateRef | undefined {
  const source = base.sources.find((s) => s.id === fact.quotes[0]?.source);
  return source?.reported;
}

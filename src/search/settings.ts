// Every knob of the answer engine in one named, commented constant. A change here moves together with the
// ranking tests and the figures of `npm run eval` (docs/search.md). Fitted weights live in data/, not here.

export const SEARCH_SETTINGS = {
  /**
   * Lexical score = coverage^coveragePower × resemblance. Coverage is the IDF-weighted share of the
   * question's terms the fact explains; resemblance blends the weights below, which sum to 1.
   */
  coveragePower: 2,
  /** The part of resemblance that any fact explaining the whole question gets. */
  coverageWeight: 0.4,
  /** Share from the closest curated example question (IDF-weighted Dice overlap, either language). */
  questionWeight: 0.35,
  /** Share from the fact's own statement and quotes (IDF-weighted Dice overlap). */
  textWeight: 0.1,
  /** Share from the best of the fact's names ("Title 42", "Remain in Mexico") that the question contains. */
  aliasWeight: 0.15,
  /** How much a term only implied by the fact's text (Title 42 → Covid) counts, against 1 for a written one. */
  impliedWeight: 0.6,
  /**
   * Weight of a question word the fact base never uses, relative to the rarest word it does use: unknown
   * words ("cartels", "ambassador") are what marks a question as outside the record.
   */
  unknownWordWeight: 2,
  /** Words shorter than this are not typo-corrected: too many short words are one edit apart. */
  minTypoLength: 3,
  /** Words at least this long may be two edits from their correction; shorter ones one edit. */
  twoEditLength: 8,
  /** Fuse.js threshold for the shortlist of spelling corrections, confirmed by edit distance. */
  typoThreshold: 0.4,
  /** Lexical candidates are visited in this many bands of coverage, best first. */
  coverageBuckets: 64,
  /** Lexical scores below this only serve as "closest topics", so few of them are scored on a large base. */
  weakLexicalScore: 0.45,
  /** How many weak lexical candidates are scored at most, in order of coverage. */
  weakCandidates: 200,
  /**
   * Retrieval fuses the lexical score with the semantic similarity (cosine of sentence embeddings) above
   * this floor, rescaled to 0..1: below it, two sentences of this domain are unrelated.
   */
  semanticFloor: 0.3,
  /** Weight of the rescaled semantic similarity against 1 for the lexical score. */
  semanticWeight: 1,
  /**
   * The same for a Spanish question. The sentence model was trained on English, so it reads Spanish through
   * an English gloss (analyze/gloss.ts), which loses the words the vocabulary does not know: the curated
   * Spanish questions and statements of the lexical index lead. Cross-validated with the gloss, 0.4 ranks
   * best (first-ranked right 94.8% of Spanish development questions, against 94.4% at 0.7 and 93.4% at 1).
   */
  semanticWeightSpanish: 0.4,
  /**
   * Candidates taken from each signal before fusing: enough for recall (the right fact is in the first
   * three for 96–100% of development questions), few enough to rank quickly on a large base.
   */
  candidatesPerSignal: 10,
  /** Facts scored against every one of their texts after a first pass on their mean vector (large bases). */
  semanticShortlist: 60,
  /** How many fused candidates are verified and weighed by the decision. */
  verifyDepth: 5,
  /**
   * The decision answers with the likeliest of this many first-ranked candidates, not always the first: the
   * checks and the bank's vote, which ranking does not weigh, then choose between close facts. Fitted on
   * first-ranked candidates and cross-validated by question (`npm run calibrate`): English 90.1% -> 90.1%
   * right, Spanish 84.1% -> 85.8%, at 2.5% wrong.
   */
  decideAmong: 3,
  /**
   * …of those whose fused retrieval score is within this of the first's: a fact retrieval puts far behind
   * ("who is andres manuel lopez obrador": his own fact at 1.48, a fact quoting him at 0.73) is not the one
   * meant, however likely the decision finds it. Cross-validated: English level at 92.8%, Spanish 92.3% ->
   * 92.8% right at 2.5% wrong; margins of 0.2–0.4 lost up to 0.9 points in English.
   */
  decideAmongMargin: 0.6,
  /**
   * Verified candidates are ordered by their fused score plus this weight times their closeness to banked
   * questions they answer (in meaning plus in words): how people asked for a fact says which of two close
   * candidates is meant. On the blind-written development questions, each set with its own questions out
   * of the bank, the best passing candidate is right for 91% (English) and 89% (Spanish), against 88% and
   * 85% by fused score alone; weights from 0.5 to 1 do alike.
   */
  bankRankWeight: 0.5,
  /**
   * The question bank's nearest texts vote on whether a candidate answers: this many vote, each weighted
   * by exp(-(distance from the nearest) / fade). On the development sets, each left out in turn, the vote
   * added 2–3 points right in English at the same wrong-answer rate (Spanish level); 5–30 neighbours and
   * fades of 0.02–0.1 did alike.
   */
  bankNeighbours: 10,
  bankNeighbourFade: 0.03,
  /**
   * A declined question whose best candidate lacks only the detail asked for is told "not given" when the
   * candidate is this close in meaning and covers this much of the question: it is on the subject.
   */
  onTopicSemantic: 0.55,
  onTopicCoverage: 0.6,
  /**
   * A lookup option's text (`/figures topic: 30k`, `/who actor: the mexican president`) names a fact that
   * has at least this fused retrieval score, or that the decision would answer with: a name or a number
   * matched lexically and in meaning, though too short a text for the decision to call it a question.
   */
  namesFactScore: 1,
  /** A second fact within this fused score of the first is offered too, rather than one picked silently. */
  ambiguityMargin: 0.04,
  /** Related facts and closest topics shown with an answer or a decline. */
  relatedCount: 3,
  /** Autocomplete returns at most this many suggestions (Discord's limit). */
  suggestionCount: 25,
  /** A word in more autocomplete labels than this only re-ranks labels found by rarer words. */
  commonWordLabels: 300,
} as const;

export type SearchSettings = typeof SEARCH_SETTINGS;

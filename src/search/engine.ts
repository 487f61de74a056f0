// The answer engine: finds the curated fact that answers a question, or says plainly that the record does
// not. A pipeline of stages, each a module of its own: analyze the question, retrieve candidates from a
// lexical and a semantic signal, verify each against what the question asks, decide with a calibrated
// probability, respond. Used by /ask, the context menu, autocomplete, the offline tools and the evaluation.
import type { FactBase } from '../facts/load.js';
import type { Fact } from '../facts/schema.js';
import { newestVersion } from '../facts/supersede.js';
import { analyzeQuestion, baseVocabulary, type Analysis } from './analyze/question.js';
import { createSpelling } from './analyze/spelling.js';
import { THESAURUS_WORDS, cleanQuestion } from './normalize.js';
import {
  decidable,
  FEATURES,
  featuresOf,
  probability,
  tooLittleToAnswer,
  type Candidate,
  type DecisionModel,
} from './decide/model.js';
import type { Embedder } from './embedder.js';
import { createBankIndex, type BankQuestion } from './retrieve/bank.js';
import { fuseCandidates, semanticWeight, type Retrieved } from './retrieve/fuse.js';
import { createLexicalIndex, factTexts, type LexicalHit } from './retrieve/lexical.js';
import { createSemanticIndex, type SemanticHit } from './retrieve/semantic.js';
import { textKey } from './retrieve/vectors.js';
import { missingDetail, reportedDate, type Answer } from './respond.js';
import { SEARCH_SETTINGS, type SearchSettings } from './settings.js';
import { createSuggester, type Suggestion } from './suggest.js';
import { profileFact, runChecks, type FactProfile } from './verify/checks.js';

export type { Answer, AnswerKind, DeclineReason, MissingDetail } from './respond.js';
export type { Suggestion } from './suggest.js';
export { SEARCH_SETTINGS, type SearchSettings } from './settings.js';

/** A fact with its retrieval score and decision for a question, as ranked before the decision applies. */
export interface RankedFact {
  fact: Fact;
  /** The fused retrieval score. */
  score: number;
  /** The decision's probability that this fact answers the question. */
  probability: number;
  /**
   * Whether the engine would answer the question with this fact: its probability clears the threshold, and
   * no rule declines the question (an opinion asked for, too little to stand on). For the first-ranked fact
   * this is exactly whether `answer` answers, so the evaluation needs one run of the pipeline, not two.
   */
  answers: boolean;
  candidate: Candidate;
}

/** How the engine read a question and weighed its best candidates (`npm run ask -- --explain`). */
export interface Explanation {
  analysis: Analysis;
  ranked: (RankedFact & { features: Record<string, number> })[];
}

export interface Engine {
  base: FactBase;
  answer(question: string): Promise<Answer>;
  /** The best facts for a question, verified candidates first, whether or not they clear the decision. */
  rankFacts(question: string, limit: number): Promise<RankedFact[]>;
  explain(question: string, limit: number): Promise<Explanation>;
  suggest(partial: string): Suggestion[];
  factById(id: string): Fact | undefined;
}

export interface EngineParts {
  embedder: Embedder;
  /** The vector of each text of the base, by text key (see retrieve/vectors.ts). */
  vectorOf: (key: string) => Float32Array;
  dimensions: number;
  decision: DecisionModel;
  /** Labelled questions the decision compares each question with (data/question-bank.json). */
  bank?: readonly BankQuestion[];
  settings?: SearchSettings;
}

/** One question's way through the stages, kept for answer, rankFacts and explain alike. */
interface Run {
  analysis: Analysis;
  verified: {
    retrieved: Retrieved;
    candidate: Candidate;
    probability: number;
    features: number[];
  }[];
}

/** Builds the engine over a checked fact base. Pure given its parts: the same base always gives the same answers. */
export function createEngine(base: FactBase, parts: EngineParts): Engine {
  const settings = parts.settings ?? SEARCH_SETTINGS;
  const lexical = createLexicalIndex(base, settings);
  const semantic = createSemanticIndex(base, parts.vectorOf, parts.dimensions, settings);
  // A question an older version of a fact answered is answered by its newest version, the one that competes.
  const byId = new Map(base.facts.map((fact) => [fact.id, fact]));
  const newestId = (id: string) => {
    const fact = byId.get(id);
    return fact ? newestVersion(fact, base).id : id;
  };
  const bank = createBankIndex(
    (parts.bank ?? []).map((q) => ({ ...q, answers: q.answers.map(newestId) })),
    base.facts.flatMap((fact) => factTexts(fact).questions.map((q) => ({ q, answers: [newestId(fact.id)] }))),
    (text) => parts.vectorOf(textKey(text)),
    settings,
  );
  const superseded = new Set(base.facts.flatMap((fact, index) => (fact.supersededBy ? [index] : [])));
  // The facts a newer source changed, by the id of their newest version: its curated questions count theirs.
  const olderVersions = new Map<string, number[]>();
  for (const index of superseded) {
    const id = newestId((base.facts[index] as Fact).id);
    olderVersions.set(id, [...(olderVersions.get(id) ?? []), index]);
  }

  /**
   * The question's highest cosine with each fact's curated questions, for the question bank, under the id
   * of the fact's newest version: the facts the semantic index read, and every version of a candidate it
   * did not read (on a large base, one the lexical signal alone found), computed here from its few vectors.
   */
  function curatedCosines(
    vector: Float32Array,
    read: readonly SemanticHit[],
    candidates: readonly Retrieved[],
  ): Map<string, number> {
    const cosines = new Map<string, number>();
    const note = (index: number, cosine: number) => {
      const id = newestId((base.facts[index] as Fact).id);
      cosines.set(id, Math.max(cosines.get(id) ?? -1, cosine));
    };
    for (const hit of read) note(hit.index, hit.question);
    const wasRead = new Set(read.map((hit) => hit.index));
    for (const { index } of candidates)
      for (const version of [index, ...(olderVersions.get((base.facts[index] as Fact).id) ?? [])])
        if (!wasRead.has(version)) note(version, semantic.questionCosine(vector, version));
    return cosines;
  }
  const dictionary = new Set<string>([...THESAURUS_WORDS, ...lexical.words]);
  const correct = createSpelling(dictionary, settings);
  const vocabulary = baseVocabulary(base, lexical.words, correct);
  const suggest = createSuggester(base, correct, settings);
  const profiles = new Map<number, FactProfile>();
  const profileOf = (index: number): FactProfile => {
    let profile = profiles.get(index);
    if (!profile) {
      profile = profileFact(base.facts[index] as Fact, vocabulary);
      profiles.set(index, profile);
    }
    return profile;
  };

  /**
   * The best lexical hits over the question's segments: the segment that matches best speaks for the
   * question, and is the text the sentence model reads (one embedding per question, never diluted by the
   * chatter around it).
   */
  function lexicalHits(
    analysis: Analysis,
    limit: number,
  ): { hits: LexicalHit[]; text: string; terms: ReadonlySet<string> } {
    let best: LexicalHit[] = [];
    let text = analysis.query;
    let terms: ReadonlySet<string> = analysis.terms;
    for (const segment of analysis.segments) {
      const hits = lexical.rank(segment.terms, limit);
      if ((hits[0]?.score ?? 0) > (best[0]?.score ?? 0)) {
        best = hits;
        text = segment.text;
        terms = segment.terms;
      }
    }
    return { hits: best, text, terms };
  }

  async function run(query: string, depth: number = settings.verifyDepth): Promise<Run> {
    const analysis = analyzeQuestion(query, vocabulary);
    const width = Math.max(settings.candidatesPerSignal, depth);
    const { hits, text, terms } = lexicalHits(analysis, width);
    const [vector] = await parts.embedder.embed([text]);
    // A fact a newer source changed is answered through its newest version (the reply shows both), so the
    // two never compete as candidates.
    const current = <T extends { index: number }>(list: T[]) => list.filter((h) => !superseded.has(h.index));
    const read = semantic.rank(vector as Float32Array);
    const byMeaning = current(read.slice(0, width));
    // A fact meaning found beyond the lexical cut still gets the words it shares with the question.
    const lexicallyRead = new Set(hits.map((h) => h.index));
    const alsoScored = lexical.scoreFacts(
      terms,
      byMeaning.filter((h) => !lexicallyRead.has(h.index)).map((h) => h.index),
    );
    const retrieved = fuseCandidates(
      current([...hits, ...alsoScored]),
      byMeaning,
      semanticWeight(analysis.language, settings),
      settings,
    );
    const knownShare = lexical.knownShare(analysis.terms);
    const candidates = retrieved.slice(0, Math.max(settings.verifyDepth, depth));
    const bankEvidence = bank.compare(
      analysis.query,
      vector as Float32Array,
      curatedCosines(vector as Float32Array, read, candidates),
    );
    const top = candidates
      .map((r) => {
        const fact = base.facts[r.index] as Fact;
        const bankSays = bankEvidence(fact.id);
        const rank = r.fused + settings.bankRankWeight * (bankSays.semanticSame + bankSays.lexicalSame);
        return { retrieved: r, checks: runChecks(analysis, fact, profileOf(r.index)), bankSays, rank };
      })
      .sort((a, b) => b.rank - a.rank);
    // A failed check is weighed by the decision, not a veto: ruling candidates out by any one check and
    // answering with the next made more wrong answers and fewer right ones (docs/search.md).
    const weighed = top.map((t) => {
      const candidate: Candidate = { ...t.retrieved, rank: t.rank, checks: t.checks };
      // A near-tie is offered as an alternative, not counted against the answer: the margin that matters is
      // to the first fact that is clearly behind.
      const runnerUp =
        retrieved.find(
          (r) => r.index !== t.retrieved.index && r.fused < t.retrieved.fused - settings.ambiguityMargin,
        )?.fused ?? 0;
      const others = top.filter((o) => o.retrieved !== t.retrieved);
      const features = featuresOf(candidate, {
        analysis,
        runnerUp,
        knownShare,
        bank: t.bankSays,
        othersSemantic:
          others.reduce((sum, o) => sum + o.retrieved.semantic.score, 0) / Math.max(1, others.length),
      });
      return {
        retrieved: t.retrieved,
        candidate,
        features,
        probability: probability(parts.decision, features),
      };
    });
    // The likeliest of the first few answers (the first on a tie), unless retrieval puts it far behind the
    // first; the rest keep their rank order.
    const [first, ...others] = decidable(weighed, (v) => v.retrieved.fused, settings);
    const likeliest =
      first && others.reduce((best, v) => (v.probability > best.probability ? v : best), first);
    const verified = likeliest ? [likeliest, ...weighed.filter((v) => v !== likeliest)] : weighed;
    return { analysis, verified };
  }

  const factAt = (index: number) => base.facts[index] as Fact;

  /** The decision for one candidate, which `answer` and `rankFacts` share: so they never disagree. */
  function answersWith(analysis: Analysis, v: Run['verified'][number]): boolean {
    return (
      !analysis.opinion &&
      !tooLittleToAnswer(v.candidate, analysis) &&
      v.probability >= parts.decision.thresholds[analysis.language]
    );
  }

  function relatedOf(fact: Fact, exclude: Set<string>): Fact[] {
    return fact.related
      .filter((id) => !exclude.has(id))
      .flatMap((id) => byId.get(id) ?? [])
      .slice(0, settings.relatedCount);
  }

  async function answer(question: string): Promise<Answer> {
    const query = cleanQuestion(question);
    const blank = { query, alternatives: [], related: [], closest: [], fact: null };
    const direct = /^#?([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(query);
    const exact = direct ? byId.get(direct[1] as string) : undefined;
    if (exact) {
      return {
        ...blank,
        answered: true,
        confidence: 1,
        fact: exact,
        related: relatedOf(exact, new Set([exact.id])),
        kind: 'answer',
        language: 'en',
      };
    }
    if (!/[\p{L}\p{N}]/u.test(query))
      return { ...blank, answered: false, confidence: 0, kind: 'decline', reason: 'empty', language: 'en' };
    const { analysis, verified } = await run(query);
    const language = analysis.language;
    // The record holds facts, not views: a request for the bot's own opinion is declined whatever it names.
    if (analysis.opinion)
      return { ...blank, answered: false, confidence: 0, kind: 'decline', reason: 'opinion', language };
    const [best, ...rest] = verified;
    const confidence = Number((best?.probability ?? 0).toFixed(3));
    const closest = verified.slice(0, settings.relatedCount).map((v) => factAt(v.retrieved.index));
    const threshold = parts.decision.thresholds[language];
    if (!best || !answersWith(analysis, best)) {
      // A question for a detail the record only mentions is told so, with the fact that mentions it; one
      // about another country's or side's thing is not "mentioned" by a fact about this one.
      const onTopic = verified.find(
        (v) =>
          (v.candidate.checks.typeMissing || v.candidate.checks.detailWithheld) &&
          !v.candidate.checks.ownerConflict &&
          !v.candidate.checks.directionConflict &&
          !v.candidate.checks.countryMismatch &&
          v.candidate.semantic.score >= settings.onTopicSemantic &&
          v.candidate.lexical.coverage >= settings.onTopicCoverage,
      );
      const notGiven = onTopic && !analysis.prediction && analysis.unknownNames.length === 0;
      return {
        ...blank,
        answered: false,
        confidence,
        closest,
        kind: notGiven ? 'not-given' : 'decline',
        reason: notGiven ? 'detail-not-given' : analysis.prediction ? 'prediction' : 'not-in-record',
        ...(notGiven
          ? {
              context: factAt(onTopic.retrieved.index),
              missing: missingDetail(analysis.types, analysis.terms.has('funding'), analysis.asksExactDay),
            }
          : {}),
        language,
      };
    }
    const fact = factAt(best.retrieved.index);
    const alternatives = rest
      .filter(
        (v) =>
          v.probability >= threshold && best.retrieved.fused - v.retrieved.fused < settings.ambiguityMargin,
      )
      .slice(0, 1)
      .map((v) => factAt(v.retrieved.index));
    const { checks } = best.candidate;
    // "Five years" is a length of time: a figure that counts people or flights neither corrects nor confirms it.
    const claimedCount = analysis.numbers.find((n) => !analysis.durations.includes(n));
    const claimedNumber = claimedCount ?? analysis.years[0];
    const kind = !analysis.polar
      ? analysis.aboutNow
        ? 'as-of'
        : 'answer'
      : (claimedCount !== undefined && checks.numberConflict) || checks.dateConflict
        ? 'correction'
        : (claimedCount !== undefined && checks.numberMatch) || checks.dateMatch
          ? 'confirmation'
          : analysis.aboutNow
            ? 'as-of'
            : 'answer';
    const asOf = kind === 'as-of' ? reportedDate(fact, base) : undefined;
    return {
      query,
      answered: true,
      confidence,
      fact,
      alternatives,
      related: relatedOf(fact, new Set([fact.id, ...alternatives.map((f) => f.id)])),
      closest: [],
      kind,
      ...((kind === 'correction' || kind === 'confirmation') && claimedNumber !== undefined
        ? { claimed: String(claimedNumber) }
        : kind === 'correction' || kind === 'confirmation'
          ? { claimed: analysis.months[0] ?? '' }
          : {}),
      ...(asOf ? { asOf } : {}),
      language,
    };
  }

  const toRanked =
    ({ analysis }: Run) =>
    (v: Run['verified'][number]): RankedFact => ({
      fact: factAt(v.retrieved.index),
      score: v.retrieved.fused,
      probability: v.probability,
      answers: answersWith(analysis, v),
      candidate: v.candidate,
    });

  return {
    base,
    answer,
    async rankFacts(question, limit) {
      const query = cleanQuestion(question);
      if (!/[\p{L}\p{N}]/u.test(query)) return [];
      const ran = await run(query, limit);
      return ran.verified.slice(0, limit).map(toRanked(ran));
    },
    async explain(question, limit) {
      const ran = await run(cleanQuestion(question), limit);
      const { analysis, verified } = ran;
      return {
        analysis,
        ranked: verified.slice(0, limit).map((v) => ({
          ...toRanked(ran)(v),
          features: Object.fromEntries(FEATURES.map((name, i) => [name, v.features[i] as number])),
        })),
      };
    },
    suggest,
    factById: (id) => byId.get(id),
  };
}

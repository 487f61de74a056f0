// Skeleton facts for the sentences of a source that no fact quotes yet (npm run facts:draft), for a
// curator to complete: the quote and paragraph are filled in, everything a person must judge is marked
// TODO. Drafts live outside data/facts/ so that an unfinished one is never served.
import { measureCoverage, type FactBase } from './load.js';

/** The text every field a curator must write starts with, so a finished fact is easy to check. */
export const TODO = 'TODO';

/** A fact as facts:draft writes it: valid JSON for an editor, not yet a fact the loader accepts. */
export interface FactDraft {
  id: string;
  kind: 'context';
  statement: string;
  quotes: { source: string; paragraph: number; text: string }[];
  attribution: string;
  questions: string[];
}

/** One skeleton per sentence of the source that no fact quotes and no omission lists. */
export function draftFacts(base: FactBase, sourceId: string): FactDraft[] {
  if (!base.sources.some((s) => s.id === sourceId)) throw new Error(`there is no source "${sourceId}"`);
  const seen = new Map<number, number>();
  return measureCoverage(base)
    .uncovered.filter((s) => s.source === sourceId)
    .map((sentence) => {
      const index = (seen.get(sentence.paragraph) ?? 0) + 1;
      seen.set(sentence.paragraph, index);
      return {
        id: `${sourceId}-p${sentence.paragraph}-s${index}`.slice(0, 80),
        kind: 'context',
        statement: `${TODO}: one neutral sentence that says only what the quote says, with its attribution`,
        quotes: [{ source: sourceId, paragraph: sentence.paragraph, text: sentence.sentence }],
        attribution: `${TODO}: who the text attributes this to`,
        questions: [`${TODO}: a question this fact answers`, `${TODO}: another way people ask it`],
      };
    });
}

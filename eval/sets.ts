// Question sets as measured: a set the question bank was built from is answered by an engine whose bank
// leaves that set's questions out, so its figures say how the engine does on questions it has not seen,
// not how well it remembers. Used by `npm run eval` and the quality floor tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactBase } from '../src/facts/load.js';
import type { Engine } from '../src/search/engine.js';
import { loadEngine, readQuestionBank } from '../src/search/load.js';
import { parseEvalQuestions, type EvalQuestion } from './evaluate.js';

/** A set's name: its file name without `-questions.jsonl`, as the question bank names its sources. */
export const setName = (file: string) => path.basename(file).replace(/(-questions)?\.jsonl$/, '');

export interface MeasuredSets {
  questions: EvalQuestion[];
  /** The engine that answers a question: the one whose bank leaves the question's own set out. */
  engineFor(question: EvalQuestion): Engine;
}

export async function measuredSets(
  files: readonly string[],
  base: FactBase,
  dataDir: string,
): Promise<MeasuredSets> {
  const sources = new Set((await readQuestionBank(dataDir)).map((q) => q.source));
  const engines = new Map<EvalQuestion, Engine>();
  const questions: EvalQuestion[] = [];
  let full: Promise<Engine> | undefined;
  for (const file of files) {
    const set = setName(file);
    const engine = await (sources.has(set)
      ? loadEngine(base, dataDir, { leaveOut: set })
      : (full ??= loadEngine(base, dataDir)));
    for (const question of parseEvalQuestions(await readFile(file, 'utf8'))) {
      engines.set(question, engine);
      questions.push(question);
    }
  }
  return { questions, engineFor: (question) => engines.get(question) as Engine };
}

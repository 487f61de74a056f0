// npm run bank — builds data/question-bank.json from the labelled development question sets in
// tests/fixtures: each question with the ids of the facts whose statement and quotes match its expected
// patterns, or none for a question the record does not answer. Run after editing facts or adding a set,
// then `npm run facts:embed` and `npm run calibrate`. The sealed sets in eval/sealed/ never go in.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { BANK_FILE } from '../src/search/load.js';
import type { QuestionBank } from '../src/search/retrieve/bank.js';
import { parseEvalQuestions, satisfies } from '../eval/evaluate.js';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const SET_FILE = /^(.+)-questions\.jsonl$/;

const base = await loadFactBase(EMBEDDED_DATA_DIR);
const questions: QuestionBank['questions'] = [];
const unmatched: string[] = [];
for (const name of (await readdir(FIXTURES)).filter((n) => SET_FILE.test(n)).sort()) {
  const source = (SET_FILE.exec(name) as RegExpExecArray)[1] as string;
  for (const question of parseEvalQuestions(await readFile(new URL(name, FIXTURES), 'utf8'))) {
    const answers = question.expect
      ? base.facts.filter((fact) => satisfies(fact, question.expect as string[])).map((fact) => fact.id)
      : [];
    // A question the record should answer but no fact matches is a gap in the base, not a near-miss.
    if (question.expect && answers.length === 0) unmatched.push(`${source}: ${question.q}`);
    else questions.push({ q: question.q, answers, source });
  }
}
const bank: QuestionBank = {
  $comment: 'Written by `npm run bank` from the labelled sets in tests/fixtures; see docs/search.md.',
  factBaseVersion: base.version,
  questions,
};
await writeFile(path.join(EMBEDDED_DATA_DIR, BANK_FILE), `${JSON.stringify(bank, null, 1)}\n`);
const declined = questions.filter((q) => q.answers.length === 0).length;
console.log(
  `✓ ${questions.length} questions banked (${questions.length - declined} answered, ${declined} the record does not answer)`,
);
if (unmatched.length > 0) {
  console.log(`  ${unmatched.length} in-scope question(s) match no fact and were left out, for example:`);
  for (const line of unmatched.slice(0, 5)) console.log(`  - ${line}`);
}

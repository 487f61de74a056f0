// npm run eval [-- file.jsonl ...] [-- --misses] — answer quality on question sets (the development questions
// unless files are given), factdesk beside plain fuse.js, with the reliability of factdesk's confidence.
// --misses lists each question answered wrongly or declined. A set the question bank was built from is
// measured without its own questions in the bank (eval/sets.ts). See docs/evaluation.md.
import { fileURLToPath } from 'node:url';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../src/facts/load.js';
import { createBaseline } from '../eval/baseline.js';
import { evaluate, rates, reliability, type EvalReport } from '../eval/evaluate.js';
import { measuredSets } from '../eval/sets.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const paths =
  files.length > 0
    ? files
    : [fileURLToPath(new URL('../tests/fixtures/dev-questions.jsonl', import.meta.url))];
const base = await loadFactBase(EMBEDDED_DATA_DIR);
const { questions, engineFor } = await measuredSets(paths, base, EMBEDDED_DATA_DIR);

const factdesk = await evaluate(questions, async (q, question) => {
  const engine = engineFor(question);
  const ranked = await engine.rankFacts(q, 3);
  return {
    answered: ranked[0]?.answers ?? false,
    ranked: ranked.map((r) => r.fact),
    confidence: ranked[0]?.probability ?? 0,
  };
});
const baseline = await evaluate(questions, createBaseline(base.facts));

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
const row = (label: string, pick: (r: ReturnType<typeof rates>) => number) =>
  `${label.padEnd(30)}${percent(pick(rates(factdesk)))}${percent(pick(rates(baseline)))}`;

function printMisses(label: string, report: EvalReport) {
  console.log(`\n${label}: ${report.misses.length} miss(es)`);
  for (const miss of report.misses) {
    console.log(
      `  [${miss.outcome}] (${miss.question.kind}) ${miss.question.q}${miss.got ? ` → ${miss.got}` : ''}`,
    );
  }
}
if (process.argv.includes('--misses')) printMisses('factdesk', factdesk);

const { bins, expectedCalibrationError } = reliability(factdesk.calibration);
console.log('\nreliability of factdesk confidence (first-ranked fact right, by confidence):');
console.log('  confidence   questions   mean conf.   right');
for (const bin of bins.filter((b) => b.count > 0)) {
  console.log(
    `  ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}   ${String(bin.count).padStart(9)}   ${bin.meanConfidence.toFixed(3).padStart(10)}   ${percent(bin.accuracy)}`,
  );
}
console.log(`  expected calibration error ${expectedCalibrationError.toFixed(3)}`);

// The summary comes last, where a glance at the end of the output finds it.
console.log('');
console.log(
  `${questions.length} questions (${factdesk.inScope} in scope, ${factdesk.outOfScope} out of scope), fact base ${base.version}\n`,
);
console.log(`${''.padEnd(30)}factdesk  fuse.js`);
console.log(row('in-scope top-1 accuracy', (r) => r.top1));
console.log(row('in-scope top-3 recall', (r) => r.top3));
console.log(row('out-of-scope decline rate', (r) => r.declineRate));
console.log(row('wrong-answer rate', (r) => r.wrongRate));

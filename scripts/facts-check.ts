// npm run facts:check — checks the fact base in data/ (or the folder given) and prints the coverage report.
// Exits non-zero when the base does not load, when a source sentence is neither quoted nor listed as omitted,
// or when the curator's lint finds a phrasing the fact cannot answer or an untimed office.
import { resolve } from 'node:path';
import { lintFacts } from '../src/facts/lint.js';
import { EMBEDDED_DATA_DIR, formatProblems, readFactBase } from '../src/facts/load.js';
import { BANK_FILE, readQuestionBank, readVectorFile } from '../src/search/load.js';
import { EMBEDDING_MODEL, missingTexts } from '../src/search/retrieve/vectors.js';

const dataDir = process.argv[2] ? resolve(process.argv[2]) : EMBEDDED_DATA_DIR;
const result = await readFactBase(dataDir);

if (!result.ok) {
  console.error(`✗ The fact base in ${dataDir} does not load: ${result.problems.length} problem(s)\n`);
  console.error(formatProblems(result.problems));
  process.exit(1);
}

const { base, coverage, factFiles } = result;
const perKind = new Map<string, number>();
for (const fact of base.facts) perKind.set(fact.kind, (perKind.get(fact.kind) ?? 0) + 1);
const kinds = [...perKind].map(([kind, count]) => `${kind} ${count}`).join(', ');
console.log(
  `✓ ${base.facts.length} facts (${kinds}) from ${base.sources.length} source(s), version ${base.version}`,
);
const quoted = coverage.sentences - coverage.uncovered.length - coverage.omitted.length;
console.log(
  `  coverage: ${quoted} of ${coverage.sentences} source sentences quoted, ${coverage.omitted.length} left out on purpose`,
);
for (const s of coverage.omitted) {
  const reason = base.sources
    .find((source) => source.id === s.source)
    ?.omissions.find((o) => o.paragraph === s.paragraph && s.sentence.includes(o.sentence))?.reason;
  console.log(`  - omitted ¶${s.paragraph}: "${s.sentence}" — ${reason}`);
}
if (coverage.uncovered.length > 0) {
  console.error(`\n✗ ${coverage.uncovered.length} source sentence(s) are not quoted by any fact:`);
  for (const s of coverage.uncovered) console.error(`  - ${s.source} ¶${s.paragraph}: "${s.sentence}"`);
  console.error(
    'Add facts that quote them, or list them under "omissions" in the source file with a reason.',
  );
  process.exit(1);
}

const lint = lintFacts(base, (id) => factFiles.get(id) ?? 'data/facts');
if (lint.length > 0) {
  console.error(`\n✗ The curator's lint found ${lint.length} problem(s) (see docs/curating.md):`);
  console.error(formatProblems(lint));
  process.exit(1);
}

// A banked question labelled with a fact the base no longer has would teach the decision a wrong lesson.
const bank = await readQuestionBank(dataDir);
const ids = new Set(base.facts.map((fact) => fact.id));
const unknown = bank.flatMap((q) => q.answers.filter((id) => !ids.has(id)).map((id) => `"${q.q}" → ${id}`));
if (unknown.length > 0) {
  console.error(`\n✗ ${BANK_FILE} names ${unknown.length} fact id(s) the base does not have, for example:`);
  for (const line of unknown.slice(0, 5)) console.error(`  - ${line}`);
  console.error('Run `npm run bank` to label the questions again, then `npm run facts:embed`.');
  process.exit(1);
}
if (bank.length > 0)
  console.log(`  question bank: ${bank.length} labelled questions, every answer a fact of the base`);

// Vectors are computed ahead of time: a text without one would be embedded at every start-up.
const missing = missingTexts(
  await readVectorFile(dataDir),
  base,
  EMBEDDING_MODEL,
  bank.map((q) => q.q),
);
if (missing.length > 0) {
  console.error(
    `\n✗ ${missing.length} text(s) of the fact base have no stored sentence vector, for example:`,
  );
  for (const text of missing.slice(0, 5)) console.error(`  - "${text}"`);
  console.error('Run `npm run facts:embed` and commit data/embeddings.json.');
  process.exit(1);
}
console.log(`  vectors: every text embedded with ${EMBEDDING_MODEL}`);

// Loads and checks the fact base: every source and fact file parsed by zod, then cross-checked (unique ids,
// related ids, verbatim quotes, actors). Either the whole base loads or none of it does, with every problem
// named by file, fact id and field. Used by the bot, the offline tools, facts:check and /reload.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { Fact, FactFile, Source } from './schema.js';
import { coveredShare, locateQuote, splitSentences, type Span } from './text.js';

/** One thing wrong with the fact base, located as precisely as the data allows. */
export interface Problem {
  file: string;
  factId?: string;
  field?: string;
  message: string;
}

/** A fact base that passed every check: the only kind the rest of factdesk ever sees. */
export interface FactBase {
  sources: readonly Source[];
  facts: readonly Fact[];
  /** A short hash of the content: the same version always gives the same answers. */
  version: string;
}

/** A source sentence that no fact quotes. */
export interface UncoveredSentence {
  source: string;
  paragraph: number;
  sentence: string;
}

export interface Coverage {
  sentences: number;
  uncovered: UncoveredSentence[];
  omitted: UncoveredSentence[];
}

export type LoadResult =
  | {
      ok: true;
      base: FactBase;
      coverage: Coverage;
      /** The file each fact id comes from, for reports that name it. */
      factFiles: ReadonlyMap<string, string>;
    }
  | { ok: false; problems: Problem[] };

/** A file of the data folder: its path as shown to curators, and its text. */
export interface DataFile {
  path: string;
  text: string;
}

/** Thrown by loadFactBase when the data does not pass: carries every problem found. */
export class FactBaseError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The fact base has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'FactBaseError';
  }
}

/** Problems listed in full; past this a broken file would bury the first (usually the cause) in noise. */
export const MAX_LISTED_PROBLEMS = 50;

export function formatProblems(problems: readonly Problem[], limit = MAX_LISTED_PROBLEMS): string {
  const lines = problems.slice(0, limit).map((p) => {
    const where = [p.file, p.factId && `fact "${p.factId}"`, p.field].filter(Boolean).join(' › ');
    return `  - ${where}: ${p.message}`;
  });
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return lines.join('\n');
}

/**
 * The largest data file read. The real files are tens of kilobytes; a file of megabytes is a mistake, and
 * parsing it would hold the process for a minute or exhaust its memory.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The fact base embedded in the repository. */
export const EMBEDDED_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

// Quotes must cover at least this share of a sentence for it to count as covered: a clause is enough, a
// name lifted from a long sentence is not.
const COVERED_SHARE = 0.5;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function parseJson(file: DataFile, problems: Problem[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

// A loop, not push(...items): a spread of a large array overflows the stack.
function pushAll(target: Problem[], items: readonly Problem[]) {
  for (const item of items) target.push(item);
}

function zodProblems(file: string, error: z.ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    if (top === 'facts' && typeof index === 'number') {
      const rawFact = (raw as { facts?: { id?: unknown }[] }).facts?.[index];
      const id = typeof rawFact?.id === 'string' ? rawFact.id : `#${index + 1}`;
      return { file, factId: id, field: fieldPath(rest) || undefined, message: issue.message };
    }
    return { file, field: fieldPath(issue.path) || undefined, message: issue.message };
  });
}

/** Checks and assembles a fact base from file contents; no I/O, so tests pass fixtures directly. */
export function buildFactBase(files: { sources: DataFile[]; facts: DataFile[] }): LoadResult {
  const problems: Problem[] = [];
  const sources: Source[] = [];
  const sourceFile = new Map<Source, string>();
  // Ids of sources, facts and actors in files that failed their own checks: references to them are not
  // reported a second time.
  const unreadable = new Set<string>();
  const factsWithFile: { fact: Fact; file: string }[] = [];

  for (const file of files.sources) {
    const raw = parseJson(file, problems);
    if (raw === undefined) continue;
    const parsed = Source.safeParse(raw);
    if (!parsed.success) {
      pushAll(problems, zodProblems(file.path, parsed.error, raw));
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') unreadable.add(id);
    } else {
      sources.push(parsed.data);
      sourceFile.set(parsed.data, file.path);
    }
  }
  for (const file of files.facts) {
    const raw = parseJson(file, problems);
    if (raw === undefined) continue;
    const parsed = FactFile.safeParse(raw);
    if (!parsed.success) {
      pushAll(problems, zodProblems(file.path, parsed.error, raw));
      // The file's valid facts are still cross-checked, so one schema error does not hide other mistakes.
      for (const rawFact of (raw as { facts?: unknown } | null)?.facts instanceof Array
        ? (raw as { facts: unknown[] }).facts
        : []) {
        const fact = Fact.safeParse(rawFact);
        if (fact.success) {
          factsWithFile.push({ fact: fact.data, file: file.path });
          continue;
        }
        const { id, actors } = (rawFact ?? {}) as { id?: unknown; actors?: unknown };
        if (typeof id === 'string') unreadable.add(id);
        if (Array.isArray(actors))
          actors.forEach((actor) => typeof actor === 'string' && unreadable.add(actor));
      }
    } else for (const fact of parsed.data.facts) factsWithFile.push({ fact, file: file.path });
  }
  if (files.sources.length === 0)
    problems.push({ file: 'data/sources', message: 'no source documents found' });
  if (files.facts.length === 0) problems.push({ file: 'data/facts', message: 'no fact files found' });

  const sourceById = new Map<string, Source>();
  for (const source of sources) {
    const file = sourceFile.get(source) ?? 'data/sources';
    if (sourceById.has(source.id))
      problems.push({ file, field: 'id', message: `duplicate source id "${source.id}"` });
    sourceById.set(source.id, source);
    const seen = new Set<number>();
    const seenReceived = new Set<number>();
    source.paragraphs.forEach((p, i) => {
      if (seen.has(p.n))
        problems.push({ file, field: `paragraphs[${i}].n`, message: `duplicate paragraph number ${p.n}` });
      seen.add(p.n);
      for (const n of p.received ?? []) {
        if (seenReceived.has(n))
          problems.push({
            file,
            field: `paragraphs[${i}].received`,
            message: `paragraph ${n} of the copy as received is mapped twice`,
          });
        seenReceived.add(n);
      }
    });
  }

  const factIds = new Map<string, string>();
  for (const { fact, file } of factsWithFile) {
    const earlier = factIds.get(fact.id);
    if (earlier)
      problems.push({ file, factId: fact.id, field: 'id', message: `duplicate fact id, also in ${earlier}` });
    factIds.set(fact.id, file);
  }
  const actorIds = new Set(
    factsWithFile.filter(({ fact }) => fact.kind === 'actor').map(({ fact }) => fact.actors[0]),
  );

  for (const { fact, file } of factsWithFile) {
    const at = (field: string, message: string) => problems.push({ file, factId: fact.id, field, message });
    fact.related.forEach((id, i) => {
      if (!factIds.has(id) && !unreadable.has(id)) at(`related[${i}]`, `no fact has the id "${id}"`);
      if (id === fact.id) at(`related[${i}]`, 'a fact cannot be related to itself');
    });
    fact.actors.forEach((id, i) => {
      if (!actorIds.has(id) && !unreadable.has(id))
        at(`actors[${i}]`, `no fact of kind "actor" describes "${id}"`);
    });
    if (fact.supersededBy !== undefined) {
      if (fact.supersededBy === fact.id) at('supersededBy', 'a fact cannot supersede itself');
      else if (!factIds.has(fact.supersededBy) && !unreadable.has(fact.supersededBy))
        at('supersededBy', `no fact has the id "${fact.supersededBy}"`);
    }
    const quotedSources = new Set(fact.quotes.map((q) => q.source));
    fact.notes.forEach((note, i) => {
      note.paragraphs.forEach((n, j) => {
        const found = [...quotedSources].some((id) => sourceById.get(id)?.paragraphs.some((p) => p.n === n));
        if (!found) at(`notes[${i}].paragraphs[${j}]`, `no source this fact quotes has a paragraph ${n}`);
      });
    });
    fact.quotes.forEach((quote, i) => {
      const source = sourceById.get(quote.source);
      if (!source) {
        if (!unreadable.has(quote.source))
          at(`quotes[${i}].source`, `no source has the id "${quote.source}"`);
        return;
      }
      const paragraph = source.paragraphs.find((p) => p.n === quote.paragraph);
      if (!paragraph)
        return at(`quotes[${i}].paragraph`, `source "${source.id}" has no paragraph ${quote.paragraph}`);
      if (!locateQuote(paragraph.text, quote.text)) {
        at(`quotes[${i}].text`, `is not verbatim in paragraph ${quote.paragraph} of "${source.id}"`);
      }
    });
  }
  for (const source of sources) {
    source.omissions.forEach((omission, i) => {
      const paragraph = source.paragraphs.find((p) => p.n === omission.paragraph);
      if (!paragraph || !locateQuote(paragraph.text, omission.sentence)) {
        problems.push({
          file: sourceFile.get(source) ?? 'data/sources',
          field: `omissions[${i}].sentence`,
          message: `is not a sentence of paragraph ${omission.paragraph}`,
        });
      }
    });
  }

  problems.push(...supersessionCycles(factsWithFile));

  if (problems.length === 0 && factsWithFile.length === 0)
    problems.push({ file: 'data/facts', message: 'holds no facts: an empty fact base would answer nothing' });
  if (problems.length > 0) return { ok: false, problems };
  const facts = factsWithFile.map(({ fact }) => fact);
  const version = createHash('sha256').update(JSON.stringify({ sources, facts })).digest('hex').slice(0, 12);
  const base: FactBase = { sources, facts, version };
  return { ok: true, base, coverage: measureCoverage(base), factFiles: factIds };
}

// A fact superseded, through newer facts, by itself would leave no newest fact to show.
function supersessionCycles(factsWithFile: readonly { fact: Fact; file: string }[]): Problem[] {
  const next = new Map(factsWithFile.map(({ fact }) => [fact.id, fact.supersededBy]));
  const problems: Problem[] = [];
  for (const { fact, file } of factsWithFile) {
    const seen = new Set([fact.id]);
    for (let id = next.get(fact.id); id !== undefined && id !== fact.id; id = next.get(id)) {
      if (seen.has(id)) break;
      seen.add(id);
      if (next.get(id) === fact.id) {
        problems.push({
          file,
          factId: fact.id,
          field: 'supersededBy',
          message: `supersedes itself through ${[...seen].slice(1).join(', ')}`,
        });
      }
    }
  }
  return problems;
}

/** Which source sentences no fact quotes, apart from those a curator left out on purpose. */
export function measureCoverage(base: FactBase): Coverage {
  const coverage: Coverage = { sentences: 0, uncovered: [], omitted: [] };
  const quotesByParagraph = new Map<string, string[]>();
  for (const quote of base.facts.flatMap((fact) => fact.quotes)) {
    const key = `${quote.source}\u0000${quote.paragraph}`;
    quotesByParagraph.set(key, [...(quotesByParagraph.get(key) ?? []), quote.text]);
  }
  for (const source of base.sources) {
    for (const paragraph of source.paragraphs) {
      const quoted: Span[] = (quotesByParagraph.get(`${source.id}\u0000${paragraph.n}`) ?? []).flatMap(
        (text) => locateQuote(paragraph.text, text) ?? [],
      );
      for (const sentence of splitSentences(paragraph.text)) {
        coverage.sentences += 1;
        if (coveredShare(sentence, quoted) >= COVERED_SHARE) continue;
        const entry = { source: source.id, paragraph: paragraph.n, sentence: sentence.text };
        const omitted = source.omissions.some(
          (o) => o.paragraph === paragraph.n && locateQuote(sentence.text, o.sentence),
        );
        (omitted ? coverage.omitted : coverage.uncovered).push(entry);
      }
    }
  }
  return coverage;
}

// fatal: bytes that are not UTF-8 are refused instead of silently becoming U+FFFD; ignoreBOM keeps a byte
// order mark in the text so it can be named.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ELOOP') return 'it is a symbolic link loop (ELOOP)';
  if (code === 'EISDIR') return 'it is a folder, not a file (EISDIR)';
  if (code === 'EACCES' || code === 'EPERM') return `factdesk may not read it (${code})`;
  return code ? `${code}: ${message}` : message;
}

/** Reads one data file, or says in a problem why it cannot be used. */
async function readDataFile(fullPath: string, path: string): Promise<DataFile | Problem> {
  try {
    const info = await stat(fullPath);
    if (info.isDirectory()) return { file: path, message: 'cannot be read: it is a folder, not a file' };
    if (info.size > MAX_FILE_BYTES)
      return {
        file: path,
        message: `is ${(info.size / 1024 / 1024).toFixed(1)} MB; data files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      };
    const bytes = await readFile(fullPath);
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      return { file: path, message: 'is not valid UTF-8: save it as UTF-8 text' };
    }
    if (text.startsWith('\uFEFF'))
      return { file: path, message: 'starts with a byte order mark (BOM): save it as UTF-8 without BOM' };
    return { path, text };
  } catch (error) {
    return { file: path, message: `cannot be read: ${describeFsError(error)}` };
  }
}

async function readJsonFiles(dir: string, label: string, problems: Problem[]): Promise<DataFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    // A missing folder is reported by buildFactBase as having no files; anything else is named here.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      problems.push({ file: label, message: `cannot be listed: ${describeFsError(error)}` });
    return [];
  }
  const files: DataFile[] = [];
  for (const name of names) {
    const read = await readDataFile(join(dir, name), `${label}/${name}`);
    if ('text' in read) files.push(read);
    else problems.push(read);
  }
  return files;
}

/** Reads data/sources/*.json and data/facts/*.json under dataDir and checks them as one base. */
export async function readFactBase(dataDir: string): Promise<LoadResult> {
  const readProblems: Problem[] = [];
  const sources = await readJsonFiles(join(dataDir, 'sources'), 'data/sources', readProblems);
  const facts = await readJsonFiles(join(dataDir, 'facts'), 'data/facts', readProblems);
  // Without every file, references into an unread one would be reported as missing: its problem comes first.
  if (readProblems.length > 0) return { ok: false, problems: readProblems };
  return buildFactBase({ sources, facts });
}

/** Like readFactBase, but throws a FactBaseError listing every problem: for callers that cannot run without a base. */
export async function loadFactBase(dataDir: string): Promise<FactBase> {
  const result = await readFactBase(dataDir);
  if (!result.ok) throw new FactBaseError(result.problems);
  return result.base;
}

// What the loader does with data no curator meant to write: huge files, thousands of errors, file-system
// oddities and bytes that are not UTF-8. Each must become a listed problem, never a crash or a silent pass.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_DATA_DIR,
  formatProblems,
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  readFactBase,
  type Problem,
} from '../../src/facts/load.js';

/** A copy of the embedded data folder to break. */
async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-load-'));
  await cp(EMBEDDED_DATA_DIR, dataDir, { recursive: true });
  const factsDir = join(dataDir, 'facts');
  const figuresFile = join(factsDir, 'figures.json');
  const figures = JSON.parse(await readFile(figuresFile, 'utf8')) as { facts: Record<string, unknown>[] };
  return { dataDir, factsDir, figuresFile, figures };
}

async function problemsIn(dataDir: string): Promise<Problem[]> {
  const result = await readFactBase(dataDir);
  if (result.ok) throw new Error('expected the base to be refused');
  return result.problems;
}

describe('the loader refuses what it cannot use, naming why', () => {
  it('refuses an empty fact base', async () => {
    const { dataDir, factsDir } = await setup();
    await rm(factsDir, { recursive: true });
    await mkdir(factsDir);
    await writeFile(join(factsDir, 'all.json'), JSON.stringify({ facts: [] }));
    expect(await problemsIn(dataDir)).toEqual([
      expect.objectContaining({ file: 'data/facts', message: expect.stringMatching(/holds no facts/) }),
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { dataDir, factsDir } = await setup();
    await writeFile(join(factsDir, 'huge.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(await problemsIn(dataDir)).toContainEqual({
      file: 'data/facts/huge.json',
      message: 'is 2.0 MB; data files may be at most 2 MB',
    });
  });

  it('survives tens of thousands of broken facts and lists the first ones with a count of the rest', async () => {
    const { dataDir, factsDir } = await setup();
    // 60,000 empty facts: several hundred thousand schema errors, far past what a spread into push survives.
    await writeFile(join(factsDir, 'broken.json'), `{"facts":[${Array(60_000).fill('{}').join(',')}]}`);
    const problems = await problemsIn(dataDir);
    expect(problems.length).toBeGreaterThan(200_000);
    const listed = formatProblems(problems).split('\n');
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(listed.at(-1)).toBe(`  … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
  });

  it('names a symbolic link loop and a folder named like a file instead of throwing', async () => {
    const { dataDir, factsDir } = await setup();
    await symlink('loop.json', join(factsDir, 'loop.json'));
    await mkdir(join(factsDir, 'folder.json'));
    const problems = await problemsIn(dataDir);
    expect(problems).toContainEqual({
      file: 'data/facts/loop.json',
      message: 'cannot be read: it is a symbolic link loop (ELOOP)',
    });
    expect(problems).toContainEqual({
      file: 'data/facts/folder.json',
      message: 'cannot be read: it is a folder, not a file',
    });
  });

  it('names a byte order mark as such', async () => {
    const { dataDir, figuresFile } = await setup();
    await writeFile(figuresFile, `\uFEFF${await readFile(figuresFile, 'utf8')}`);
    expect(await problemsIn(dataDir)).toEqual([
      {
        file: 'data/facts/figures.json',
        message: 'starts with a byte order mark (BOM): save it as UTF-8 without BOM',
      },
    ]);
  });

  it('refuses bytes that are not UTF-8 instead of turning them into replacement characters', async () => {
    const { dataDir, figuresFile } = await setup();
    const text = Buffer.from(await readFile(figuresFile));
    // 0xE9 is "é" in Latin-1, and never valid on its own in UTF-8.
    await writeFile(
      figuresFile,
      Buffer.concat([text.subarray(0, 40), Buffer.from([0xe9]), text.subarray(40)]),
    );
    expect(await problemsIn(dataDir)).toEqual([
      { file: 'data/facts/figures.json', message: 'is not valid UTF-8: save it as UTF-8 text' },
    ]);
  });

  it('refuses a date that is not on the calendar', async () => {
    const { dataDir, figuresFile, figures } = await setup();
    figures.facts[0] = { ...figures.facts[0], dates: [{ value: '2023-02-31', precision: 'day' }] };
    await writeFile(figuresFile, JSON.stringify(figures));
    expect(await problemsIn(dataDir)).toContainEqual(
      expect.objectContaining({
        field: 'dates[0].value',
        message: 'is not a date on the calendar (that month has fewer days)',
      }),
    );
  });

  it('refuses a quote of a few characters, which would be verbatim almost anywhere', async () => {
    const { dataDir, figuresFile, figures } = await setup();
    const fact = figures.facts[0] as { quotes: { text: string }[] };
    fact.quotes[0] = { ...fact.quotes[0]!, text: 'the' };
    await writeFile(figuresFile, JSON.stringify(figures));
    expect(await problemsIn(dataDir)).toContainEqual(
      expect.objectContaining({ field: 'quotes[0].text', message: expect.stringMatching(/too short/) }),
    );
  });

  it('still cross-checks the valid facts of a file that has a schema error', async () => {
    const { dataDir, figuresFile, figures } = await setup();
    figures.facts[0] = { ...figures.facts[0], kind: 'rumour' };
    figures.facts[1] = { ...figures.facts[1], related: ['no-such-fact'] };
    await writeFile(figuresFile, JSON.stringify(figures));
    const fields = (await problemsIn(dataDir)).map((p) => `${p.factId} ${p.field}`);
    expect(fields).toEqual([
      `${figures.facts[0]!.id as string} kind`,
      `${figures.facts[1]!.id as string} related[0]`,
    ]);
  });
});

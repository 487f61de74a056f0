// Corrections in the fact base: validated like every field, shown as "Corrected on …" with an answer and
// in full by /source, and a reload that changes a statement without one is reported to the curator.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReloader } from '../../src/bot/reload.js';
import { uncorrectedChanges } from '../../src/facts/corrections.js';
import { EMBEDDED_DATA_DIR, loadFactBase, readFactBase } from '../../src/facts/load.js';
import { createLogger } from '../../src/logger.js';
import { MESSAGES, PROVENANCE } from '../../src/messages.js';
import { renderFactSource } from '../../src/render/discord/answer.js';
import { factEmbed } from '../../src/render/discord/factEmbed.js';
import type { Engine } from '../../src/search/engine.js';

type RawFact = { id: string; statement: string; corrections?: { date: string; note: string }[] };

/** A copy of the real data folder with its first fact changed by `edit`. */
async function editedCopy(edit: (fact: RawFact) => void): Promise<{ dir: string; id: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-corrections-'));
  await cp(EMBEDDED_DATA_DIR, dir, { recursive: true });
  const name = (await readdir(join(dir, 'facts'))).filter((n) => n.endsWith('.json')).sort()[0]!;
  const path = join(dir, 'facts', name);
  const file = JSON.parse(await readFile(path, 'utf8')) as { facts: RawFact[] };
  edit(file.facts[0]!);
  await writeFile(path, JSON.stringify(file));
  return { dir, id: file.facts[0]!.id };
}

const CORRECTIONS = [
  { date: '2024-02-01', note: 'The figure was 30,000, not 3,000.' },
  { date: '2024-02-09', note: 'The meeting was in Mexico City, not Washington.' },
];

describe('corrections', () => {
  it('are checked by the loader: days only, oldest first', async () => {
    const good = await editedCopy((f) => (f.corrections = CORRECTIONS));
    expect((await readFactBase(good.dir)).ok).toBe(true);
    const bad = await editedCopy(
      (f) => (f.corrections = [CORRECTIONS[1]!, { date: '2024-02', note: 'too vague a date' }]),
    );
    const result = await readFactBase(bad.dir);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => `${p.factId} ${p.field}: ${p.message}`);
    expect(messages).toEqual([
      `${bad.id} corrections[1].date: must be a day, YYYY-MM-DD`,
      `${bad.id} corrections[1].date: corrections are listed oldest first`,
    ]);
  });

  it('show "Corrected on" the latest with the fact, and the whole history with its source', async () => {
    const { dir, id } = await editedCopy((f) => (f.corrections = CORRECTIONS));
    const base = await loadFactBase(dir);
    const fact = base.facts.find((f) => f.id === id)!;
    expect(factEmbed(fact, base, 'en-US').fields).toContainEqual({
      name: PROVENANCE.corrected,
      value: 'Corrected on 2024-02-09: The meeting was in Mexico City, not Washington.',
    });
    const source = renderFactSource(fact, base, 'private', 'en-US');
    expect(source.embeds.at(-1)).toMatchObject({
      title: PROVENANCE.corrections,
      description:
        'Corrected on 2024-02-01: The figure was 30,000, not 3,000.\nCorrected on 2024-02-09: The meeting was in Mexico City, not Washington.',
    });
    const plain = await loadFactBase(EMBEDDED_DATA_DIR);
    expect(factEmbed(plain.facts[0]!, plain, 'en-US').fields?.map((f) => f.name)).not.toContain(
      PROVENANCE.corrected,
    );
  });

  it('are expected when a reload changes a statement, and the curator is told when one is missing', async () => {
    const before = await loadFactBase(EMBEDDED_DATA_DIR);
    const silent = await editedCopy((f) => (f.statement = `${f.statement} (edited)`));
    const corrected = await editedCopy((f) => {
      f.statement = `${f.statement} (edited)`;
      f.corrections = [CORRECTIONS[0]!];
    });
    expect(uncorrectedChanges(before, await loadFactBase(silent.dir))).toEqual([silent.id]);
    expect(uncorrectedChanges(before, await loadFactBase(corrected.dir))).toEqual([]);

    const lines: string[] = [];
    let engine: Engine | undefined;
    const reloader = createReloader({
      dataDir: silent.dir,
      logger: createLogger({ level: 'debug', write: (l) => lines.push(l) }),
      setEngine: (next) => (engine = next),
      current: () => before,
      check: async (dir) => {
        const result = await readFactBase(dir);
        return result.ok ? { ok: true, base: result.base } : { ok: false, count: 0, listed: '' };
      },
    });
    const result = await reloader.reload();
    expect(result).toMatchObject({ ok: true, uncorrected: [silent.id] });
    expect(engine?.base.facts[0]?.statement).toMatch(/\(edited\)$/);
    expect(lines.join('\n')).toContain('statements changed without a correction entry');
    expect(MESSAGES.uncorrected(silent.id)).toContain(silent.id);
  });
});

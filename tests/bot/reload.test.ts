import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReloader, watchDataDir } from '../../src/bot/reload.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { createLogger } from '../../src/logger.js';
import type { Engine } from '../../src/search/engine.js';
import { loadEngine } from '../../src/search/load.js';

async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-'));
  await cp(EMBEDDED_DATA_DIR, dataDir, { recursive: true });
  let engine: Engine = await loadEngine(await loadFactBase(dataDir), dataDir);
  const reloader = createReloader({
    dataDir,
    logger: createLogger({ level: 'error', write: () => undefined }),
    setEngine: (next) => (engine = next),
  });
  const file = join(dataDir, 'facts', 'figures.json');
  return { dataDir, reloader, file, engine: () => engine };
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

describe('reloading the fact base while running', () => {
  it('swaps in an edited base that passes every check', async () => {
    const { reloader, file, engine } = await setup();
    const before = engine().base.version;
    const data = JSON.parse(await readFile(file, 'utf8'));
    data.facts[0].statement = `${data.facts[0].statement} (edited)`;
    await writeFile(file, JSON.stringify(data, null, 2));
    const result = await reloader.reload();
    expect(result).toMatchObject({ ok: true, facts: engine().base.facts.length });
    expect(engine().base.version).not.toBe(before);
    expect(engine().base.facts.some((f) => f.statement.endsWith('(edited)'))).toBe(true);
  });

  it('refuses a broken base with its reasons and keeps serving the last good one', async () => {
    const { reloader, file, engine } = await setup();
    const before = engine();
    const data = JSON.parse(await readFile(file, 'utf8'));
    data.facts[0].quotes[0].text = 'words that are not in the article at all';
    await writeFile(file, JSON.stringify(data));
    const result = await reloader.reload();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toMatch(
      /data\/facts\/figures\.json › fact "[a-z0-9-]+" › quotes\[0\]\.text: is not verbatim/,
    );
    expect(engine()).toBe(before);
    expect((await engine().answer('How many deportation flights went to Venezuela in 2023?')).answered).toBe(
      true,
    );
  });

  it('refuses a file that is not even JSON, and half of nothing is applied', async () => {
    const { reloader, file, engine } = await setup();
    const before = engine();
    await writeFile(file, '{ "facts": [');
    expect(await reloader.reload()).toMatchObject({
      ok: false,
      problems: expect.stringMatching(/figures\.json: is not valid JSON/),
    });
    expect(engine()).toBe(before);
  });

  it('reloads by itself when a file in the watched folder changes', async () => {
    const { dataDir, reloader, file, engine } = await setup();
    const before = engine().base.version;
    let reloaded: (value: unknown) => void = () => undefined;
    const done = new Promise((resolve) => (reloaded = resolve));
    const watcher = watchDataDir(dataDir, () => reloader.reload().then(reloaded), 50);
    closers.push(() => watcher.close());
    const data = JSON.parse(await readFile(file, 'utf8'));
    data.facts[0].statement = `${data.facts[0].statement} (watched)`;
    await writeFile(file, JSON.stringify(data));
    await expect(done).resolves.toMatchObject({ ok: true });
    expect(engine().base.version).not.toBe(before);
  });
});

import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
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
  const logLines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logLines.push(line) });
  const reloader = createReloader({ dataDir, logger, setEngine: (next) => (engine = next) });
  const file = join(dataDir, 'facts', 'figures.json');
  return { dataDir, reloader, file, engine: () => engine, logger, logLines };
}

const setupLogger = () => createLogger({ level: 'error', write: () => undefined });
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
    const watcher = watchDataDir(dataDir, () => reloader.reload().then(reloaded), setupLogger(), 50);
    closers.push(() => watcher.close());
    const data = JSON.parse(await readFile(file, 'utf8'));
    data.facts[0].statement = `${data.facts[0].statement} (watched)`;
    await writeFile(file, JSON.stringify(data));
    await expect(done).resolves.toMatchObject({ ok: true });
    expect(engine().base.version).not.toBe(before);
  });

  it('keeps answering while a reload checks the data, which runs off the main thread', async () => {
    const { dataDir, reloader, engine } = await setup();
    // Tens of thousands of broken facts take the checker about a second of CPU.
    await writeFile(
      join(dataDir, 'facts', 'broken.json'),
      `{"facts":[${Array(40_000).fill('{}').join(',')}]}`,
    );
    let answered = 0;
    const asking = setInterval(() => {
      void engine()
        .answer('When did Title 42 end?')
        .then((answer) => {
          if (answer.answered) answered += 1;
        });
    }, 5);
    const result = await reloader.reload();
    clearInterval(asking);
    expect(result).toMatchObject({ ok: false, problems: expect.stringMatching(/… and \d+ more$/) });
    expect(answered).toBeGreaterThan(5);
  });

  it('logs a refused reload with its problems listed', async () => {
    const { reloader, file, logLines } = await setup();
    await writeFile(file, '{ "facts": [');
    await reloader.reload();
    const line = JSON.parse(logLines.find((l) => l.includes('reload refused')) ?? '{}');
    expect(line).toMatchObject({
      level: 'warn',
      count: expect.any(Number),
      problems: expect.stringMatching(/^ {2}- data\/facts\/figures\.json: is not valid JSON/),
    });
  });

  it('logs and stops watching when the folder cannot be watched, instead of crashing', async () => {
    const { dataDir, reloader, logger, logLines } = await setup();
    const watcher = watchDataDir(dataDir, () => reloader.reload(), logger, 50);
    closers.push(() => watcher.close());
    const stopped = new Promise((resolve) => watcher.once('close', resolve));
    await symlink('loop', join(dataDir, 'facts', 'loop'));
    await stopped;
    const line = JSON.parse(logLines.find((l) => l.includes('stopped watching')) ?? '{}');
    expect(line).toMatchObject({ level: 'error', error: { code: 'ELOOP' } });
  });
});

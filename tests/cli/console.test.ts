import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import type { ReplyLocale } from '../../src/locale.js';
import type { Engine } from '../../src/search/engine.js';
import { embeddedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

async function run(lines: string, interactive: boolean, locale: ReplyLocale = 'en-US'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runConsole({ engine, input, output, interactive, locale });
  input.end(lines);
  await done;
  return text;
}

describe('the offline console', () => {
  it('answers each piped line with the fact, its quote and its source, then exits', async () => {
    const text = await run('When did Title 42 end?\nWhat is the capital of France?\n', false);
    const [first, second] = text.split('\n---\n');
    expect(first).toMatch(/ended in May/);
    expect(first).toMatch(/When: May 2023 \(year inferred from the text\)/);
    expect(first).toMatch(/Curator’s note: .*“?"ended in May"/);
    expect(first).toMatch(/paragraph 7/);
    expect(first).toMatch(/the text attributes its reporting to NBC News/);
    expect(second).toMatch(/Not in the sourced record/);
  });

  it('skips blank lines', async () => {
    expect(await run('\n\n', false)).toBe('');
  });

  it('greets an interactive user with what it knows and how to connect to Discord', async () => {
    const text = await run('who is AMLO\n', true);
    expect(text).toMatch(/sourced facts from 1 source/);
    expect(text).toMatch(/DISCORD_TOKEN/);
    expect(text).toMatch(/President of Mexico/);
  });

  it('speaks Spanish to a reader who asked for it with --lang es', async () => {
    const text = await run('When did Title 42 end?\n', true, 'es-ES');
    expect(text).toMatch(/datos con fuente de 1 fuente/);
    expect(text).toMatch(/Cuándo: mayo de 2023 \(año inferido del texto\) \(terminó\)/);
    expect(text).toMatch(/Nota del curador: /);
  });
});

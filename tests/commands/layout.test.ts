// The code layout a reviewer relies on: discord.js only at the edge, and dependencies one way,
// src/bot (adapter) → commands → core. The lint rules enforce it; these tests prove the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run.js';

async function lintErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint boundary', () => {
  it('keeps discord.js out of commands and the core', async () => {
    for (const file of ['commands/example.ts', 'src/render/example.ts', 'src/summary/example.ts'])
      expect(
        await lintErrors(file, "import { Client } from 'discord.js';\nexport const c = Client;\n"),
        file,
      ).not.toEqual([]);
  });

  it('refuses an import of the adapter from commands and the core', async () => {
    expect(await lintErrors('commands/example.ts', "export * from '../src/bot/router.js';\n")).not.toEqual(
      [],
    );
    expect(await lintErrors('src/render/example.ts', "export * from '../bot/router.js';\n")).not.toEqual([]);
  });

  it('refuses an import of commands from the core, and lets the adapter import them', async () => {
    expect(
      await lintErrors('src/render/example.ts', "export * from '../../commands/index.js';\n"),
    ).not.toEqual([]);
    expect(await lintErrors('src/bot/example.ts', "export * from '../../commands/index.js';\n")).toEqual([]);
  });
});

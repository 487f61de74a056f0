import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run.js';

// A clean environment: no developer's .env token turns the tool into anything but the offline tool.
const ask = (args: string[], input = '') => runScript(['scripts/ask.ts', ...args], { input });

describe('npm run ask', () => {
  it('prints one JSON object that keeps the documented contract', () => {
    const { status, stdout } = ask(['--json', 'How many deportation flights went to Venezuela in 2023?']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ query: expect.any(String), answered: true, confidence: expect.any(Number) });
    expect(json.answer).toMatchObject({
      id: 'eleven-us-venezuela-flights-2023',
      kind: 'figure',
      statement: expect.stringMatching(/eleven/),
      quotes: [expect.objectContaining({ text: expect.any(String), paragraph: 10 })],
      source: expect.objectContaining({
        id: expect.any(String),
        headline: null,
        label: expect.any(String),
        outletStated: null,
        outlet: 'not stated in the copy; the text attributes its reporting to NBC News',
        reported: 'about January 2024 (date inferred from the text)',
      }),
      citations: {
        standard: expect.stringContaining('eleven-us-venezuela-flights-2023'),
        apa: expect.stringContaining('para. 10'),
        chicago: expect.stringContaining('para. 10'),
      },
    });
    expect(Array.isArray(json.related)).toBe(true);
  });

  it('answers one question per line with --jsonl, in order, one object per line', () => {
    const { status, stdout } = ask(
      ['--jsonl'],
      'who is AMLO\nwrite a haiku about tacos\nwhen did title 42 end\n',
    );
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.query)).toEqual([
      'who is AMLO',
      'write a haiku about tacos',
      'when did title 42 end',
    ]);
    expect(lines.map((l) => l.answered)).toEqual([true, false, true]);
    expect(lines[1]).toMatchObject({ answer: null });
  });

  it('prints a readable answer by default', () => {
    const { stdout } = ask(['who', 'is', 'Mayorkas']);
    expect(stdout).toMatch(/Secretary of Homeland Security/);
    expect(stdout).toMatch(/As of January 2024 \(the report's inferred date\)/);
    expect(stdout).toMatch(
      /Source: untitled; curator's label: .*; outlet: not stated in the copy; the text attributes its reporting to NBC News; reported about January 2024 \(date inferred from the text\)/,
    );
  });

  it('explains an unknown option and how to use it', () => {
    const { status, stderr } = ask(['--yaml', 'x']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown option --yaml/);
    expect(stderr).toMatch(/usage: npm run ask/);
  });
});

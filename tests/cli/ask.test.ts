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

  it('answers in Spanish with --lang es, and a Spanish question in Spanish without it', () => {
    const spanish = ask(['--lang', 'es', 'who', 'is', 'Mayorkas']);
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toMatch(/secretario de Seguridad Nacional/);
    expect(spanish.stdout).toMatch(/Cita original en inglés:\n {2}“In late December, Secretary of State/);
    expect(spanish.stdout).toMatch(/publicado hacia enero de 2024 \(fecha inferida del texto\)/);
    const json = JSON.parse(ask(['--json', '¿Cuándo terminó el Título 42?']).stdout);
    expect(json).toMatchObject({ language: 'es', locale: 'es-419' });
    expect(json.answer.dates[0].label).toBe('mayo de 2023 (año inferido del texto)');
  });

  it('explains a language it does not speak', () => {
    const { status, stderr } = ask(['--lang', 'fr', 'x']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--lang takes en or es/);
    expect(stderr).toMatch(/usage: npm run ask/);
  });

  it('explains an unknown option and how to use it', () => {
    const { status, stderr } = ask(['--yaml', 'x']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown option --yaml/);
    expect(stderr).toMatch(/usage: npm run ask/);
  });
});

import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setName } from '../../eval/sets.js';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { BANK_FILE, readQuestionBank } from '../../src/search/load.js';
import { bankWords, createBankIndex, type BankQuestion } from '../../src/search/retrieve/bank.js';
import { unit } from '../../src/search/retrieve/vectors.js';

// Stand-in sentence vectors: each text points along its own axis, plus a shared one for texts marked alike.
const AXES = ['shelters', 'funding', 'pledge', 'weather'];
const vectorOf = (text: string) => unit([...AXES.map((axis) => (text.includes(axis) ? 1 : 0)), 0.1]);

const BANK: BankQuestion[] = [
  { q: 'how many shelters are in Juárez', answers: [], source: 'dev' },
  { q: 'what funding did Mexico ask for', answers: ['mexico-funding'], source: 'dev' },
  { q: 'what did Mexico pledge each month', answers: ['mexico-pledge'], source: 'holdout' },
];

describe('the question bank', () => {
  it('tells how close a question comes to one the record does not answer, for every candidate alike', () => {
    const compare = createBankIndex(BANK, vectorOf).compare(
      'how many shelters in juarez',
      vectorOf('shelters'),
    );
    for (const fact of ['mexico-funding', 'mexico-pledge']) {
      const evidence = compare(fact);
      expect(evidence.semanticUnanswered).toBeCloseTo(1, 1);
      expect(evidence.lexicalUnanswered).toBeGreaterThan(0.5);
      expect(evidence.semanticSame).toBeLessThan(0.1);
    }
  });

  it("separates questions the candidate answers from other facts' questions", () => {
    const compare = createBankIndex(BANK, vectorOf).compare(
      'what funding is mexico asking for',
      vectorOf('funding'),
    );
    const funding = compare('mexico-funding');
    const pledge = compare('mexico-pledge');
    expect(funding.semanticSame).toBeCloseTo(1, 1);
    expect(funding.lexicalSame).toBeGreaterThan(funding.lexicalOther);
    expect(pledge.semanticOther).toBeCloseTo(1, 1);
    expect(pledge.lexicalOther).toBeGreaterThan(pledge.lexicalSame);
  });

  it('finds the closest question of another fact however many questions the candidate shares', () => {
    const many: BankQuestion[] = [
      ...Array.from({ length: 40 }, (_, i) => ({
        q: `funding question ${i}`,
        answers: ['mexico-funding'],
        source: 'dev',
      })),
      { q: 'funding pledge', answers: ['mexico-pledge'], source: 'dev' },
    ];
    const evidence = createBankIndex(many, vectorOf).compare(
      'funding',
      vectorOf('funding'),
    )('mexico-funding');
    expect(evidence.semanticOther).toBeCloseTo(dotOf(vectorOf('funding'), vectorOf('funding pledge')), 5);
  });

  it('reads words without case or accents', () => {
    expect(bankWords('¿Cuántos albergues hay en JUÁREZ?')).toEqual([
      'cuantos',
      'albergues',
      'hay',
      'en',
      'juarez',
    ]);
  });

  it('has nothing to say when empty', () => {
    const evidence = createBankIndex([], vectorOf).compare('anything', vectorOf('anything'))('mexico-pledge');
    expect(Object.values(evidence)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('the question bank file', () => {
  it('labels the embedded questions with facts, and holds questions the record does not answer', async () => {
    const bank = await readQuestionBank(EMBEDDED_DATA_DIR);
    expect(bank.some((q) => q.answers.length === 0)).toBe(true);
    expect(bank.some((q) => q.answers.length > 0)).toBe(true);
    // The sealed sets are measured on questions the bank has never held.
    const sealed = (await readdir(fileURLToPath(new URL('../../eval/sealed/', import.meta.url)))).map(
      setName,
    );
    expect(sealed.length).toBeGreaterThan(0);
    expect(bank.filter((q) => sealed.includes(q.source))).toEqual([]);
  });

  it('is optional: a data folder without one has an empty bank', async () => {
    expect(await readQuestionBank(await mkdtemp(join(tmpdir(), 'factdesk-bank-')))).toEqual([]);
  });

  it('is refused with the file and the field named when broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-bank-'));
    await writeFile(join(dir, BANK_FILE), JSON.stringify({ factBaseVersion: 'x', questions: [{ q: 'hi' }] }));
    await expect(readQuestionBank(dir)).rejects.toThrow(
      /question-bank\.json .* is not a question bank: questions\.0\.answers/,
    );
    await writeFile(join(dir, BANK_FILE), '{ not json');
    await expect(readQuestionBank(dir)).rejects.toThrow(/question-bank\.json .* is not valid JSON/);
  });
});

function dotOf(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);
}

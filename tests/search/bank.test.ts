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
import { SEARCH_SETTINGS } from '../../src/search/settings.js';

// Stand-in sentence vectors: each text points along its own axis, plus a shared one for texts marked alike.
const AXES = ['shelters', 'funding', 'pledge', 'weather'];
const vectorOf = (text: string) => unit([...AXES.map((axis) => (text.includes(axis) ? 1 : 0)), 0.1]);

const BANK: BankQuestion[] = [
  { q: 'how many shelters are in Juárez', answers: [], source: 'dev' },
  { q: 'what funding did Mexico ask for', answers: ['mexico-funding'], source: 'dev' },
  { q: 'what did Mexico pledge each month', answers: ['mexico-pledge'], source: 'holdout' },
];

/** No curated phrasing the semantic index read. */
const NO_PHRASINGS = new Map<string, number>();

describe('the question bank', () => {
  it('tells how close a question comes to one the record does not answer, for every candidate alike', () => {
    const compare = createBankIndex(BANK, [], vectorOf, SEARCH_SETTINGS).compare(
      'how many shelters in juarez',
      vectorOf('shelters'),
      NO_PHRASINGS,
    );
    for (const fact of ['mexico-funding', 'mexico-pledge']) {
      const evidence = compare(fact);
      expect(evidence.semanticUnanswered).toBeCloseTo(1, 1);
      expect(evidence.lexicalUnanswered).toBeGreaterThan(0.5);
      expect(evidence.semanticSame).toBeLessThan(0.1);
    }
  });

  it("separates questions the candidate answers from other facts' questions", () => {
    const compare = createBankIndex(BANK, [], vectorOf, SEARCH_SETTINGS).compare(
      'what funding is mexico asking for',
      vectorOf('funding'),
      NO_PHRASINGS,
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
    const evidence = createBankIndex(many, [], vectorOf, SEARCH_SETTINGS).compare(
      'funding',
      vectorOf('funding'),
      NO_PHRASINGS,
    )('mexico-funding');
    // Within the rounding of vectors kept at eight bits a component.
    expect(evidence.semanticOther).toBeCloseTo(dotOf(vectorOf('funding'), vectorOf('funding pledge')), 2);
  });

  it('lets the nearest questions vote: a family of near-misses outweighs one close question a fact answers', () => {
    const family: BankQuestion[] = [
      { q: 'how much funding did Mexico ask for', answers: ['mexico-funding'], source: 'dev' },
      ...['exactly how much funding', 'the funding amount in dollars', 'how much funding in total'].map(
        (q) => ({ q, answers: [], source: 'holdout' }),
      ),
      { q: 'what did Mexico pledge each month', answers: ['mexico-pledge'], source: 'holdout' },
    ];
    const evidence = createBankIndex(family, [], vectorOf, SEARCH_SETTINGS).compare(
      'how much funding exactly',
      vectorOf('funding'),
      NO_PHRASINGS,
    )('mexico-funding');
    expect(evidence.semanticVoteUnanswered).toBeCloseTo(0.75, 1);
    expect(evidence.semanticVoteSame).toBeCloseTo(0.25, 1);
    expect(evidence.lexicalVoteUnanswered).toBeGreaterThan(evidence.lexicalVoteSame);
    // The pledge questions are far in meaning: they hardly vote.
    expect(evidence.semanticVoteSame + evidence.semanticVoteUnanswered).toBeCloseTo(1, 2);
  });

  it("counts a fact's curated phrasings in meaning by the cosines the semantic index computed", () => {
    // The pledge's phrasings come closest of all; the funding fact has none (the index's -1).
    const curated = new Map([
      ['mexico-pledge', 0.9],
      ['mexico-funding', -1],
    ]);
    const compare = createBankIndex(BANK, [], vectorOf, SEARCH_SETTINGS).compare(
      'what funding did mexico ask for',
      vectorOf('funding'),
      curated,
    );
    const pledge = compare('mexico-pledge');
    expect(pledge.semanticSame).toBe(0.9);
    expect(pledge.semanticOther).toBeCloseTo(1, 1);
    const funding = compare('mexico-funding');
    expect(funding.semanticSame).toBeCloseTo(1, 1);
    expect(funding.semanticOther).toBe(0.9);
    expect(funding.semanticUnanswered).toBeLessThan(0.1);
    // A fact no written question and no phrasing the index read speaks for has nothing to say of its own.
    expect(compare('talks-met').semanticSame).toBe(0);
  });

  it('takes the closer of a written question and a curated phrasing, and never below 0', () => {
    const compare = createBankIndex(BANK, [], vectorOf, SEARCH_SETTINGS).compare(
      'what did mexico pledge',
      vectorOf('pledge'),
      new Map([['mexico-pledge', 0.4]]),
    );
    expect(compare('mexico-pledge').semanticSame).toBeCloseTo(1, 1);
    const none = createBankIndex([], [], vectorOf, SEARCH_SETTINGS).compare(
      'what did mexico pledge',
      vectorOf('pledge'),
      new Map([['mexico-pledge', -0.2]]),
    );
    expect(none('mexico-pledge').semanticSame).toBe(0);
    expect(none('mexico-funding').semanticOther).toBe(0);
  });

  it('reads curated phrasings in words only, never embedding or scanning them in meaning', () => {
    const phrasings = [{ q: 'how many deportation flights a week', answers: ['flights'] }];
    const embedded: string[] = [];
    const compare = createBankIndex(
      BANK,
      phrasings,
      (text) => {
        embedded.push(text);
        return vectorOf(text);
      },
      SEARCH_SETTINGS,
    ).compare('how many deportation flights each week', vectorOf('weather'), NO_PHRASINGS);
    expect(embedded).not.toContain(phrasings[0]?.q);
    const flights = compare('flights');
    expect(flights.lexicalSame).toBeGreaterThan(0.5);
    expect(flights.semanticSame).toBe(0);
    expect(compare('mexico-pledge').lexicalOther).toBe(flights.lexicalSame);
    // Phrasings are always answered: they never count as questions the record does not answer.
    expect(flights.lexicalUnanswered).toBeLessThan(flights.lexicalSame);
  });

  it('reads words without case or accents, cut to a stem so that forms of a word meet', () => {
    expect(bankWords('¿Cuántos albergues hay en JUÁREZ?')).toEqual([
      'cuanto',
      'alberg',
      'hay',
      'en',
      'juarez',
    ]);
    expect(bankWords('deported deportation')).toEqual(['deport', 'deport']);
  });

  it('has nothing to say when empty', () => {
    const evidence = createBankIndex([], [], vectorOf, SEARCH_SETTINGS).compare(
      'anything',
      vectorOf('anything'),
      NO_PHRASINGS,
    )('mexico-pledge');
    expect(Object.values(evidence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
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

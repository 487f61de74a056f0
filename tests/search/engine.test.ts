import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase, type FactBase } from '../../src/facts/load.js';
import { readDecisionModel } from '../../src/search/decide/model.js';
import type { Engine } from '../../src/search/engine.js';
import { MAX_QUESTION_LENGTH } from '../../src/search/normalize.js';
import { embeddedEngine, engineFor } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

const answerId = async (question: string) => (await engine.answer(question)).fact?.id;

describe('answering from the record', () => {
  it('answers a plain question with the fact, its quote and its paragraph', async () => {
    const answer = await engine.answer('How many migrants a month has Mexico agreed to take back?');
    expect(answer.answered).toBe(true);
    expect(answer.fact?.id).toBe('mexico-pledged-30000-returns-monthly');
    expect(answer.fact?.quotes[0]).toMatchObject({ paragraph: 7, text: expect.stringContaining('30,000') });
    expect(answer.confidence).toBeGreaterThanOrEqual(readDecisionModel().thresholds.en);
    expect(answer.kind).toBe('answer');
  });

  it('finds the same fact through typos, missing accents, shorthand and Spanish', async () => {
    const id = 'mexico-pledged-30000-returns-monthly';
    expect(await answerId('how many migrnts does mexico take bak every month')).toBe(id);
    expect(await answerId('mexico 30k a month returns')).toBe(id);
    expect(await answerId('¿Cuántos migrantes al mes recibe México de vuelta?')).toBe(id);
    expect(await answerId('cuantos migrantes al mes recibe mexico de vuelta')).toBe(id);
  });

  it('knows people by their names, nicknames and titles', async () => {
    expect(await answerId('Who is AMLO?')).toBe('actor-lopez-obrador');
    const [institute] = await engine.rankFacts('What does the Instituto Nacional de Migración do?', 1);
    expect(institute?.fact.id).toBe('actor-inm');
    // The full name ranks his fact first; whether it clears the calibrated threshold is the decision's call.
    const [first] = await engine.rankFacts('who is andres manuel lopez obrador', 1);
    expect(first?.fact.id).toBe('actor-lopez-obrador');
    const [agency] = await engine.rankFacts("What is the name of Mexico's migration agency?", 1);
    expect(agency?.fact.id).toBe('actor-inm');
  });

  it('answers a question wrapped in chatter and mentions', async () => {
    expect(await answerId('@everyone ok so quick one before I log off — when did Title 42 end?')).toBe(
      'title-42-ended-may-2023',
    );
  });

  it('finds the question after a colon in a long message', async () => {
    const rambling =
      'ok so my uncle swore at dinner that everyone got a hearing and the media is lying, and I had ' +
      'nothing to say back, so help me out here: when did Title 42 end?';
    expect(await answerId(rambling)).toBe('title-42-ended-may-2023');
  });

  it("does not take another country's thing for the one a fact names", async () => {
    // The record has the US presidential election, and Venezuela's deportation flights.
    expect(await answerId("When is Venezuela's presidential election?")).toBeUndefined();
    expect(await answerId('When is the US presidential election?')).toBe('us-election-november-2024');
    // Venezuela as the flights' destination is no other owner: the fact is first and not ruled out.
    const [first] = await engine.rankFacts("What are Venezuela's deportation flights?", 3);
    expect(first?.fact.id).toBe('venezuela-deportation-flights');
    expect(first?.candidate.checks.ownerConflict).toBe(false);
  });

  it('offers related facts, never the answer itself', async () => {
    const answer = await engine.answer('When did Title 42 end?');
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.related.map((f) => f.id)).not.toContain(answer.fact?.id);
  });

  it('looks a fact up by its id, as citations print it', async () => {
    expect(await engine.answer('#title-42-expulsions')).toMatchObject({ answered: true, confidence: 1 });
    expect(await answerId('title-42-expulsions')).toBe('title-42-expulsions');
  });

  it('gives the same answer to the same question every time', async () => {
    const question = 'what does mexico want in return';
    expect(await engine.answer(question)).toEqual(await engine.answer(question));
  });
});

describe('declining when the record does not answer', () => {
  it.each([
    'What is the capital of France?',
    'How much does a deportation flight to Venezuela cost?',
    'Which cartels control the Tijuana crossing?',
    'Who is the mayor of Tijuana?',
    'What did the Supreme Court rule on the border wall?',
  ])('declines "%s"', async (question) => {
    const answer = await engine.answer(question);
    expect(answer).toMatchObject({ answered: false, fact: null, alternatives: [], related: [] });
  });

  it('suggests the closest topics it does cover', async () => {
    const answer = await engine.answer('How much does a deportation flight to Venezuela cost?');
    expect(answer.closest.length).toBeGreaterThan(0);
    expect(answer.closest.some((fact) => /venezuela/i.test(fact.statement))).toBe(true);
  });
});

describe('hostile and odd input', () => {
  const hostile = [
    '',
    '   ',
    'x'.repeat(10_000),
    '\u0000\u0001\u0007\u001b[31m',
    '🙂🙂🙂🔥',
    '(.*+?[{\\^$|',
    '移民は何人ですか',
    'مهاجرين',
    '@everyone @here <@123> <@&456>',
    'bad \ud800 surrogate',
    '\u202eevil\u202c',
    '```js\nprocess.exit()\n```',
  ];

  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
    'declines %s without throwing',
    async (_label, question) => {
      const answer = await engine.answer(question);
      expect(answer.answered).toBe(false);
      expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    },
  );

  it('cuts long questions to the documented length and still answers them', async () => {
    const answer = await engine.answer(`When did Title 42 end? ${'padding '.repeat(2000)}`);
    expect(answer.query).toHaveLength(MAX_QUESTION_LENGTH);
    expect(answer.fact?.id).toBe('title-42-ended-may-2023');
  });

  it('suggests without throwing on the same input', async () => {
    for (const question of hostile) expect(engine.suggest(question).length).toBeLessThanOrEqual(25);
  });
});

describe('close calls', () => {
  function twinBase(): FactBase {
    const fact = (id: string) => ({
      id,
      kind: 'context',
      statement: 'Mexico and the United States talked about shelters.',
      quotes: [{ source: 'note', paragraph: 1, text: 'They talked about shelters.' }],
      attribution: 'the note',
      questions: ['What did they talk about regarding shelters?', 'shelters talk'],
    });
    const result = buildFactBase({
      sources: [
        {
          path: 'note.json',
          text: JSON.stringify({
            id: 'note',
            title: 'A short note',
            outlet: 'Nobody',
            reported: { value: '2024', precision: 'year' },
            paragraphs: [{ n: 1, text: 'They talked about shelters.' }],
          }),
        },
      ],
      facts: [{ path: 'f.json', text: JSON.stringify({ facts: [fact('first-twin'), fact('second-twin')] }) }],
    });
    if (!result.ok) throw new Error('fixture does not load');
    return result.base;
  }

  it('offers both facts when two answer equally well, instead of picking one silently', async () => {
    const answer = await (await engineFor(twinBase())).answer('what did they talk about regarding shelters');
    expect(answer.answered).toBe(true);
    expect([answer.fact?.id, ...answer.alternatives.map((f) => f.id)].sort()).toEqual([
      'first-twin',
      'second-twin',
    ]);
  });

  it('does not offer an alternative when one fact is clearly better', async () => {
    expect((await engine.answer('When did Title 42 end?')).alternatives).toEqual([]);
  });
});

describe('autocomplete', () => {
  it('suggests at most 25 curated questions for an empty box', async () => {
    const suggestions = engine.suggest('');
    expect(suggestions.length).toBe(25);
    expect(new Set(suggestions.map((s) => s.factId)).size).toBe(25);
  });

  it('completes the word being typed', async () => {
    const suggestions = engine.suggest('title 4');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => /title 4/i.test(s.label))).toBe(true);
  });

  it('ranks suggestions by the words already typed', async () => {
    const [first] = engine.suggest('venezuela deportation fl');
    expect(first?.label).toMatch(/venezuela deportation flight/i);
  });

  it('keeps every label within Discord’s 100 characters', async () => {
    for (const prefix of ['', 'w', 'mex', 'how many', 'title']) {
      for (const s of engine.suggest(prefix)) expect(s.label.length).toBeLessThanOrEqual(100);
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase, type FactBase } from '../../src/facts/load.js';
import { readDecisionModel } from '../../src/search/decide/model.js';
import { createEngine, SEARCH_SETTINGS, type Engine, type SearchSettings } from '../../src/search/engine.js';
import { MAX_QUESTION_LENGTH } from '../../src/search/normalize.js';
import type { BankQuestion } from '../../src/search/retrieve/bank.js';
import { textKey, textsToEmbed, unit } from '../../src/search/retrieve/vectors.js';
import { embeddedEngine, engineFor } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await embeddedEngine();
});

/** A base of the test's own: one source of one paragraph, and the facts given. */
function noteBase(paragraph: string, facts: object[]): FactBase {
  const result = buildFactBase({
    sources: [
      {
        path: 'note.json',
        text: JSON.stringify({
          id: 'note',
          title: 'A short note',
          outlet: 'Nobody',
          reported: { value: '2024', precision: 'year' },
          paragraphs: [{ n: 1, text: paragraph }],
        }),
      },
    ],
    facts: [{ path: 'f.json', text: JSON.stringify({ facts }) }],
  });
  if (!result.ok) throw new Error('fixture does not load');
  return result.base;
}

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

  it('answers a one-word question that asks, and treats one word that asks nothing as a topic to browse', async () => {
    // What Title 42 is: the fact that says what the decree was and did.
    expect(await answerId('wat is titel 42')).toBe('title-42-expulsions');
    const topic = await engine.answer('migrants');
    expect(topic).toMatchObject({ answered: false, kind: 'decline' });
    expect(topic.closest.length).toBeGreaterThan(0);
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
    // Two facts say when it ended: the one on its end, and the one on its expulsions "that ended in May".
    expect((await engine.answer(rambling)).fact?.statement).toMatch(/ended in May/);
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

describe('checking a claim against the record', () => {
  const pledge = 'mexico-pledged-30000-returns-monthly';

  it.each([
    'did mexico agree to take 300k a month?',
    'mexico agreed to take back 300k migrants a month?',
    '¿México aceptó recibir 300 mil migrantes al mes?',
    '¿Es cierto que México acepta 300 mil migrantes al mes?',
  ])('corrects "%s" with the figure the record gives', async (question) => {
    expect(await engine.answer(question)).toMatchObject({
      answered: true,
      kind: 'correction',
      claimed: '300000',
      fact: { id: pledge },
    });
  });

  it.each(['did mexico agree to take 30k a month?', '¿México aceptó recibir 30 mil migrantes al mes?'])(
    'confirms "%s"',
    async (question) => {
      expect(await engine.answer(question)).toMatchObject({ kind: 'confirmation', fact: { id: pledge } });
    },
  );

  it('reads a question for something as such, even when it ends like a claim', async () => {
    expect(await engine.answer('¿Cuántos migrantes al mes recibe México de vuelta?')).toMatchObject({
      kind: 'answer',
      fact: { id: pledge },
    });
  });
  it('does not correct a claimed length of time with a count', async () => {
    const answer = await engine.answer('Our copy says Title 42 was in place for five years. Accurate?');
    expect(answer.kind).not.toBe('correction');
    expect(answer.fact?.statement).toMatch(/three years/i);
  });
});

describe('ranking facts as it answers', () => {
  it.each([
    'ahorita cuántos migrantes al mes recibe méxico de vuelta?',
    'what does mexico want in return',
    'How many US deportation flights went to Venezuela in 2023?',
  ])('puts the likeliest of the first three candidates first for "%s"', async (question) => {
    const [first, ...others] = await engine.rankFacts(question, 3);
    for (const other of others) expect(first?.probability).toBeGreaterThanOrEqual(other.probability);
  });

  it.each([
    'When did Title 42 end?',
    'did mexico agree to take 300k a month?',
    'How many migrant shelters are there in Juárez?',
    'what do you think of AMLO?',
    'migrants',
    '¿Cuándo terminó el Título 42?',
    'What is the capital of France?',
  ])('marks the first-ranked fact as answering exactly when "%s" is answered', async (question) => {
    const [first] = await engine.rankFacts(question, 3);
    const answer = await engine.answer(question);
    expect(first?.answers ?? false).toBe(answer.answered);
    if (answer.answered) expect(first?.fact.id).toBe(answer.fact?.id);
  });
});

describe('weighing what meaning alone found', () => {
  it('gives a fact beyond the lexical cut the words it shares with the question', async () => {
    const question = 'Where do the US–Mexico negotiations stand at the moment?';
    const { ranked } = await engine.explain(question, 5);
    const talks = ranked.find((r) => r.fact.id === 'talks-resume-in-washington');
    expect(talks?.candidate.lexical.coverage).toBeGreaterThan(0);
    expect((await engine.answer(question)).fact?.id).toBe('talks-resume-in-washington');
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

  it('declines plainly, not "not given", when the question is about another country than the fact', async () => {
    const answer = await engine.answer('How many migrants a month has Guatemala pledged to take back?');
    expect(answer).toMatchObject({ answered: false, kind: 'decline', reason: 'not-in-record' });
    expect(answer.context).toBeUndefined();
  });

  it.each([
    [
      'How much money does Mexico want for border security?',
      'amount',
      'mexico-wants-border-security-funding',
    ],
    ['Who is the Mexican official who told NBC Mexico is eager to help?', 'name', 'mexican-official-source'],
    ['¿En qué ciudad fue la reunión de diciembre con AMLO?', 'city', 'blinken-mayorkas-visit-late-december'],
    ['How long did the December meeting with AMLO last?', 'duration', 'blinken-mayorkas-visit-late-december'],
  ])(
    'says "%s" asks for a detail (%s) the record does not give, beside the fact that mentions it',
    async (question, missing, context) => {
      const answer = await engine.answer(question);
      expect(answer).toMatchObject({
        answered: false,
        kind: 'not-given',
        reason: 'detail-not-given',
        missing,
      });
      expect(answer.context?.id).toBe(context);
    },
  );

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
    return noteBase('They talked about shelters.', [fact('first-twin'), fact('second-twin')]);
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

describe('what an older version of a fact was asked', () => {
  // The 30,000 pledge was superseded by the 40,000 one: how it was asked ("first" in its own phrasings,
  // "original" in the bank) now counts for the newer fact.
  function pledgeBase(): FactBase {
    const pledge = (id: string, amount: string, questions: string[]) => ({
      id,
      kind: 'context',
      statement: `Mexico pledged to take back ${amount} migrants a month.`,
      quotes: [{ source: 'note', paragraph: 1, text: 'Mexico made a pledge.' }],
      attribution: 'the note',
      questions,
    });
    return noteBase('Mexico made a pledge.', [
      {
        ...pledge('pledge-30000', '30,000', ['What did Mexico first pledge?', 'What was the first pledge?']),
        supersededBy: 'pledge-40000',
      },
      pledge('pledge-40000', '40,000', [
        'What is the pledge now?',
        'How many migrants does Mexico take back?',
      ]),
    ]);
  }
  // Stand-in sentence vectors: an axis for the older fact's curated wording, one for the banked question's,
  // one for the rest.
  const vectorFor = (text: string) =>
    unit([/first/i.test(text) ? 1 : 0, /original/i.test(text) ? 1 : 0, 0.2]);
  const bank: BankQuestion[] = [
    { q: 'What was the original pledge?', answers: ['pledge-30000'], source: 'dev' },
  ];
  function pledgeEngine(settings: SearchSettings = SEARCH_SETTINGS): Engine {
    const base = pledgeBase();
    const vectors = new Map(
      textsToEmbed(
        base,
        bank.map((q) => q.q),
      ).map((t) => [textKey(t), vectorFor(t)]),
    );
    return createEngine(base, {
      embedder: { model: 'axes', embed: async (texts) => texts.map(vectorFor) },
      vectorOf: (key) => vectors.get(key) as Float32Array,
      dimensions: 3,
      decision: readDecisionModel(),
      bank,
      settings,
    });
  }
  const bankSays = async (engine: Engine, question: string) => {
    const ranked = (await engine.explain(question, 3)).ranked;
    expect(ranked.map((r) => r.fact.id)).toEqual(['pledge-40000']);
    return ranked[0]?.features;
  };

  it('counts the banked questions an older version answered for its newest version', async () => {
    const features = await bankSays(pledgeEngine(), 'what was the original pledge');
    expect(features?.bankSemanticSame).toBeCloseTo(1, 2);
    expect(features?.bankLexicalSame).toBeGreaterThan(0.5);
    expect(features?.bankSemanticOther).toBe(0);
  });

  it("counts an older version's curated phrasings, also when the semantic index did not read it", async () => {
    const question = 'what did mexico first pledge';
    const allRead = await bankSays(pledgeEngine(), question);
    // A shortlist of none: every candidate's versions are compared directly, as one found by words alone.
    // (The settings' type pins each value, hence the casts.)
    const noneRead = await bankSays(
      pledgeEngine({ ...SEARCH_SETTINGS, semanticShortlist: 0 as number } as SearchSettings),
      question,
    );
    expect(allRead?.bankSemanticSame).toBeCloseTo(1, 2);
    expect(noneRead?.bankSemanticSame).toBe(allRead?.bankSemanticSame);
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

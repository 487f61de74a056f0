import { describe, expect, it } from 'vitest';
import { lintFacts, unanswerable, untimedOffice } from '../../src/facts/lint.js';
import { EMBEDDED_DATA_DIR, readFactBase } from '../../src/facts/load.js';
import { Fact } from '../../src/facts/schema.js';

/** A fact that answers nothing in particular unless overridden: no figure, date, actor, party or reason. */
function setup(overrides: Record<string, unknown> = {}) {
  return Fact.parse({
    id: 'test-fact',
    kind: 'context',
    statement: 'Something happened after something else, the article reports.',
    quotes: [{ source: 'test-source', paragraph: 1, text: 'Following the change, migration increased.' }],
    attribution: 'the article',
    questions: ['What happened?', 'What followed?'],
    ...overrides,
  });
}

const asks = (phrasing: string, fact = setup()) => unanswerable(phrasing, fact).map((p) => p.asks);

describe('the phrasing lint', () => {
  it('refuses "how many" on a fact with no figure, and on one whose figure counts something else', () => {
    expect(asks('How many migrants crossed?')).toEqual(['quantity']);
    expect(asks('¿Cuántos migrantes cruzaron?')).toEqual(['quantity']);
    const percent = setup({
      kind: 'figure',
      figures: [{ value: 10, unit: "percent of December's total", asWritten: '10%' }],
    });
    expect(asks("How big was December's migrant total?", percent)).toEqual(['quantity']);
    expect(asks("What share of December's total is it?", percent)).toEqual([]);
  });

  it('accepts "how many" when a figure counts what is asked, in either language', () => {
    const flights = setup({
      kind: 'figure',
      figures: [{ value: 11, unit: 'deportation flights to Venezuela', asWritten: 'eleven' }],
    });
    expect(asks('How many deportation flights went to Venezuela?', flights)).toEqual([]);
    expect(asks('¿Cuántos vuelos hubo?', flights)).toEqual([]);
  });

  it('refuses "when" on a fact with no date, but not "when" as a conjunction', () => {
    expect(asks('When did it happen?')).toEqual(['date']);
    expect(asks('¿Desde cuándo pasa?')).toEqual(['date']);
    expect(asks('What year did it start?')).toEqual(['date']);
    expect(asks('Did crossings spike when the rule was eased?')).toEqual([]);
    const dated = setup({ dates: [{ value: '2023-05', precision: 'month' }] });
    expect(asks('When did it happen?', dated)).toEqual([]);
  });

  it('refuses "who" and "name" on a fact naming no one, unless it says no one is named', () => {
    expect(asks('Who did it?')).toEqual(['person']);
    expect(asks('What is the name of the official?')).toEqual(['person']);
    expect(asks('Is the official who spoke anonymous?')).toEqual([]);
    expect(asks('Who did it?', setup({ actors: ['someone'] }))).toEqual([]);
    expect(asks('Who said it?', setup({ attribution: 'three U.S. officials' }))).toEqual([]);
    expect(
      asks('Who is the official?', setup({ statement: 'The article cites an unnamed official.' })),
    ).toEqual([]);
  });

  it('refuses "why" on a fact whose quotes state no reason', () => {
    expect(asks('Why did migration increase?')).toEqual(['reason']);
    expect(asks('¿Por qué aumentó la migración?')).toEqual(['reason']);
    const reasoned = setup({
      quotes: [{ source: 's', paragraph: 1, text: 'Talks were shelved due to the weight of migration.' }],
    });
    expect(asks('Why were the talks shelved?', reasoned)).toEqual([]);
  });

  it('refuses causal wording on a fact that states only a sequence', () => {
    expect(asks('Did ending the rule cause a rise in migration?')).toEqual(['cause']);
    expect(asks('Did lifting the order lead to more migrants?')).toEqual(['cause']);
    expect(asks('What was the effect of ending the rule?')).toEqual(['cause']);
    expect(asks('Is the rule still in effect?')).toEqual([]);
    expect(asks('Did migration go up after the rule ended?')).toEqual([]);
  });

  it('names the fact id, the field and the phrasing in every error', () => {
    const fact = setup({
      questions: ['What happened?', 'Why did it happen?'],
      translations: { es: { questions: ['¿Cuándo pasó?'] } },
    });
    expect(lintFacts({ facts: [fact] }, () => 'data/facts/test.json')).toEqual([
      {
        file: 'data/facts/test.json',
        factId: 'test-fact',
        field: 'questions[1]',
        message: '"Why did it happen?" asks for a reason but no quote states a reason',
      },
      {
        file: 'data/facts/test.json',
        factId: 'test-fact',
        field: 'translations.es.questions[0]',
        message: '"¿Cuándo pasó?" asks for a date but the fact has no date',
      },
    ]);
  });
});

describe('the office and date lint', () => {
  it('reports a present-tense office without "as of", in English and Spanish', () => {
    expect(untimedOffice('Joe Biden is the US President.')).toBe(true);
    expect(untimedOffice('Donald Trump is the former US president.')).toBe(true);
    expect(untimedOffice('Andrés Manuel López Obrador es el presidente de México.')).toBe(true);
    expect(untimedOffice('As of January 2024, Joe Biden is the US President.')).toBe(false);
    expect(untimedOffice('A enero de 2024, López Obrador es el presidente de México.')).toBe(false);
    expect(untimedOffice('The INM is Mexico’s equivalent of the US Border Patrol.')).toBe(false);
    const fact = setup({ statement: 'Antony Blinken is the US Secretary of State.' });
    expect(lintFacts({ facts: [fact] }, () => 'f.json')).toEqual([
      expect.objectContaining({ factId: 'test-fact', field: 'statement' }),
    ]);
  });

  it('reports a date whose year no quote prints unless it is marked inferred', () => {
    const exact = setup({ dates: [{ value: '2023-05', precision: 'month' }] });
    expect(lintFacts({ facts: [exact] }, () => 'f.json')).toEqual([
      expect.objectContaining({ field: 'dates[0]', message: expect.stringMatching(/year 2023.*inferred/) }),
    ]);
    const inferred = setup({
      dates: [{ value: '2023-05', precision: 'month', inferred: 'year', basis: 'Written in January 2024.' }],
    });
    expect(lintFacts({ facts: [inferred] }, () => 'f.json')).toEqual([]);
  });

  it('passes on the embedded fact base', async () => {
    const result = await readFactBase(EMBEDDED_DATA_DIR);
    if (!result.ok) throw new Error('the embedded base does not load');
    expect(lintFacts(result.base, (id) => result.factFiles.get(id) ?? '')).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import type { Fact } from '../../src/facts/schema.js';
import { analyzeQuestion, baseVocabulary, type BaseVocabulary } from '../../src/search/analyze/question.js';
import { createLexicalIndex } from '../../src/search/retrieve/lexical.js';
import { SEARCH_SETTINGS } from '../../src/search/settings.js';
import { profileFact, runChecks } from '../../src/search/verify/checks.js';

let base: FactBase;
let vocabulary: BaseVocabulary;
beforeAll(async () => {
  base = await loadFactBase(EMBEDDED_DATA_DIR);
  vocabulary = baseVocabulary(base, createLexicalIndex(base, SEARCH_SETTINGS).words, (w) => w);
});

const fact = (id: string): Fact => {
  const found = base.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
const check = (question: string, id: string) =>
  runChecks(analyzeQuestion(question, vocabulary), fact(id), profileFact(fact(id), vocabulary));

describe('checking what a question asks against what a fact holds', () => {
  it('finds no figure of the unit asked for: shelters are mentioned, not counted', () => {
    expect(
      check('How many migrant shelters are there in Juárez?', 'title-42-shelters-juarez-tijuana-reynosa')
        .typeMissing,
    ).toBe(true);
    expect(
      check('How many migrants a month does Mexico take back?', 'mexico-pledged-30000-returns-monthly')
        .typeMissing,
    ).toBe(false);
  });

  it('finds no leader in a fact about a body: the INM is named, who runs it is not', () => {
    expect(check('Who runs the National Institute of Migration?', 'actor-inm').typeMissing).toBe(true);
    expect(check('¿Quién dirige el Instituto Nacional de Migración?', 'actor-inm').typeMissing).toBe(true);
    expect(check("who's the head of the State Department", 'actor-blinken').typeMissing).toBe(false);
  });

  it('finds no name where the article withholds it, and finds the one it gives', () => {
    const official = 'Who is the Mexican official who told NBC that Mexico is eager to help?';
    expect(check(official, 'mexico-eager-to-step-up-enforcement').detailWithheld).toBe(true);
    expect(
      check('¿Cómo se llama el funcionario mexicano que habló con NBC?', 'mexican-official-source')
        .detailWithheld,
    ).toBe(true);
    // The question names Biden itself: the fact about his options names no one else.
    const three = 'Names of the three US officials who said Biden is running out of options?';
    expect(check(three, 'biden-running-out-of-options').detailWithheld).toBe(true);
    expect(check('Which official heads Homeland Security?', 'actor-mayorkas').detailWithheld).toBe(false);
    // Who the sources are is what the sourcing facts say.
    expect(
      check('Who are the sources for this story?', 'sources-officials-both-countries').detailWithheld,
    ).toBe(false);
  });

  it('finds no length of time in a fact that states none', () => {
    const meeting = 'How long did the late-December meeting with AMLO last?';
    expect(check(meeting, 'blinken-mayorkas-visit-late-december').detailWithheld).toBe(true);
    expect(
      check('¿Cuántos años duró el Título 42?', 'title-42-over-a-million-returns-yearly').detailWithheld,
    ).toBe(false);
    expect(check('How long have the talks been going on?', 'talks-enter-second-month').detailWithheld).toBe(
      false,
    );
  });

  it('finds no city in a fact that names only a country', () => {
    const meeting = '¿En qué ciudad de México fue la reunión de diciembre con AMLO?';
    expect(check(meeting, 'blinken-mayorkas-visit-late-december').detailWithheld).toBe(true);
    expect(check('In which city will the talks resume?', 'talks-resume-in-washington').detailWithheld).toBe(
      false,
    );
    expect(
      check('¿Qué ciudades del norte de México se mencionan?', 'title-42-shelters-juarez-tijuana-reynosa')
        .detailWithheld,
    ).toBe(false);
    // A city the question names itself is no answer to which city.
    expect(
      check('In which city near Washington will the talks resume?', 'talks-resume-in-washington')
        .detailWithheld,
    ).toBe(true);
  });

  it('finds no other count in a fact whose only figure the question already states', () => {
    const flights = 'How many people were deported to Venezuela on the eleven ICE flights in 2023?';
    expect(check(flights, 'eleven-us-venezuela-flights-2023').typeMissing).toBe(true);
    expect(
      check('How many ICE flights went to Venezuela in 2023?', 'eleven-us-venezuela-flights-2023')
        .typeMissing,
    ).toBe(false);
  });

  it('finds no amount of money in a fact about funding', () => {
    expect(
      check('How much money does Mexico want for border security?', 'mexico-wants-border-security-funding')
        .typeMissing,
    ).toBe(true);
    expect(
      check('What does Mexico want for border security?', 'mexico-wants-border-security-funding').typeMissing,
    ).toBe(false);
  });

  it('finds no exact day where the record gives a month', () => {
    expect(check('On what exact day did Title 42 end?', 'title-42-ended-may-2023').typeMissing).toBe(true);
    expect(check('When did Title 42 end?', 'title-42-ended-may-2023').typeMissing).toBe(false);
  });

  it("tells another country's official from the fact's", () => {
    expect(check("who is mexico's foreign minister", 'actor-blinken').ownerConflict).toBe(true);
    expect(check("who is the US's secretary of state", 'actor-blinken').ownerConflict).toBe(false);
  });

  it('tells who wants what from whom', () => {
    expect(check('what does the US want from Mexico', 'mexico-lofty-demands').directionConflict).toBe(true);
    expect(check('what does Mexico want from the US', 'mexico-lofty-demands').directionConflict).toBe(false);
  });

  it('compares the numbers a question names with the fact’s figures', () => {
    const wrong = check('did mexico agree to take 300k a month?', 'mexico-pledged-30000-returns-monthly');
    expect(wrong).toMatchObject({ numberConflict: true, numberMatch: false });
    const right = check('did mexico agree to take 30k a month?', 'mexico-pledged-30000-returns-monthly');
    expect(right).toMatchObject({ numberConflict: false, numberMatch: true });
  });

  it('compares a rate only with the fact’s rates of the same period', () => {
    const claim = '¿México aceptó recibir a un millón de migrantes al mes?';
    expect(check(claim, 'title-42-over-a-million-returns-yearly')).toMatchObject({
      periodConflict: true,
      numberMatch: false,
    });
    expect(check(claim, 'mexico-pledged-30000-returns-monthly')).toMatchObject({ periodConflict: false });
    expect(
      check('over a million a year under title 42?', 'title-42-over-a-million-returns-yearly'),
    ).toMatchObject({ periodConflict: false, numberMatch: true });
  });

  it('compares the years and months a question names with the fact’s dates', () => {
    expect(check('did title 42 end in 2022?', 'title-42-ended-may-2023')).toMatchObject({
      dateConflict: true,
    });
    expect(check('did title 42 end in May 2023?', 'title-42-ended-may-2023')).toMatchObject({
      dateConflict: false,
      dateMatch: true,
    });
  });

  it('notices a country the fact is not about: the same topic, another country', () => {
    expect(
      check(
        'How many migrants a month has Guatemala pledged to take back?',
        'mexico-pledged-30000-returns-monthly',
      ).countryMismatch,
    ).toBe(true);
    expect(
      check(
        'How many migrants a month has Mexico pledged to take back?',
        'mexico-pledged-30000-returns-monthly',
      ).countryMismatch,
    ).toBe(false);
    expect(
      check('¿Cuántos migrantes al mes aceptará México?', 'mexico-pledged-30000-returns-monthly')
        .countryMismatch,
    ).toBe(false);
  });

  it('knows countries the record never names, in lower-case chat and in Spanish', () => {
    const fact = 'mexico-began-deporting-to-venezuela-dec-30';
    expect(check('did mexico also start deporting people to cuba?', fact).countryMismatch).toBe(true);
    expect(check('¿México empezó a deportar haitianos?', fact).countryMismatch).toBe(true);
    expect(check('did mexico start deporting people to venezuela?', fact).countryMismatch).toBe(false);
  });

  it('notices people the fact is not about', () => {
    expect(
      check('What did Trump say about fentanyl?', 'blinken-mayorkas-visit-late-december').actorMismatch,
    ).toBe(true);
    expect(
      check('Who did Blinken meet in December?', 'blinken-mayorkas-visit-late-december').actorMismatch,
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  cleanQuestion,
  MAX_QUESTION_LENGTH,
  readOwners,
  stem,
  toTerms,
  toWords,
} from '../../src/search/normalize.js';

const terms = (text: string) => toTerms(toWords(text));

describe('reading a question', () => {
  it('folds case and accents so "Lopez Obrador" and "López Obrador" are the same person', () => {
    expect(terms('López Obrador')).toEqual(terms('lopez obrador'));
    expect(terms('AMLO')).toEqual(terms('Andrés Manuel López Obrador'));
  });

  it('reads 30k, 30,000, 30.000 and thirty thousand as the same number', () => {
    for (const written of ['30k', '30,000', '30.000', 'thirty thousand', 'treinta mil', '30000']) {
      expect(toWords(written)).toEqual(['30000']);
    }
  });

  it('reads percentages and number words', () => {
    expect(toWords('10%')).toEqual(['10', 'percent']);
    expect(toWords('eleven flights')).toEqual(['11', 'flights']);
  });

  it('treats capitalised US as the country and lower-case us as a pronoun', () => {
    expect(terms('What does the US want?')).toContain('us');
    expect(terms('tell us what happened')).not.toContain('us');
    // In chat the country is often typed lower-case; after "the" it cannot be the pronoun.
    expect(terms('so the us wants what')).toContain('us');
    expect(terms('the usual')).not.toContain('us');
    expect(terms('U.S. officials')).toEqual(terms('United States officials'));
  });

  it('maps synonyms and Spanish to the same concept', () => {
    expect(terms('kick out')).toEqual(['expel']);
    expect(terms('deportaciones')).toEqual(['deport']);
    expect(terms('take back')).toEqual(terms('accept back'));
    expect(terms('monthly')).toEqual(terms('a month'));
    expect(terms('Instituto Nacional de Migración')).toEqual(terms('INM'));
  });

  it('drops stop words and question phrasings, keeping what the question is about', () => {
    expect(terms('What is the policy of the administration?')).toEqual(['policy', 'administration']);
    expect(terms('how many flights')).toEqual(['flight']);
  });

  it('drops chat filler that says nothing about the topic', () => {
    expect(terms('ngl tbh brb idk the deportation flights lol')).toEqual(terms('deportation flights'));
  });

  it('expands chat shorthand', () => {
    expect(toWords('whens the nxt round abt')).toEqual(['when', 'the', 'next', 'round', 'about']);
    expect(toWords('wat r the dangers 4 migrants')).toEqual([
      'what',
      'r',
      'the',
      'dangers',
      'for',
      'migrants',
    ]);
  });

  it('stems inflections to one form', () => {
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('deported')).toBe(stem('deport'));
    expect(stem('running')).toBe('run');
  });

  it('reads "the name of" as a question form, not a topic', () => {
    expect(terms('What is the name of the agency?')).toEqual(terms('What is the agency?'));
  });

  it('reads which country a question names as the owner of something', () => {
    expect(
      readOwners("When is Mexico's election? What are the US's demands and America's problems?"),
    ).toEqual(['mexico', 'us', 'us']);
    expect(readOwners('the December visit to Mexico')).toEqual([]);
  });

  it('ignores pasted code blocks', () => {
    expect(toWords('```DROP TABLE facts;``` what happened in Juárez')).toEqual([
      'what',
      'happened',
      'in',
      'juarez',
    ]);
  });

  it('reads "country" and "nation" in either language as one idea', () => {
    expect(terms('transit country')).toEqual(terms('tránsito de país'));
    expect(terms('transit nation')).toEqual(terms('transit country'));
  });

  it('ignores mentions and links', () => {
    expect(toWords('@everyone see https://example.com/x <@123456> now')).toEqual(['see', 'now']);
  });
});

describe('cleaning user text', () => {
  it('cuts long input to the documented length', () => {
    expect(cleanQuestion('a'.repeat(10_000))).toHaveLength(MAX_QUESTION_LENGTH);
  });

  it('removes control, zero-width and direction-override characters', () => {
    expect(cleanQuestion('ti\u200btle\u202e 42\u0007\n\n ok')).toBe('ti tle 42 ok');
  });

  it('replaces lone surrogates instead of passing on broken text', () => {
    expect(cleanQuestion('bad \ud800 half')).toBe('bad \ufffd half');
  });
});

import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  IMPLIES,
  KIND_IMPLIES,
  parseVocabulary,
  STOP_WORDS,
  VOCABULARY,
} from '../../src/search/analyze/vocabulary.js';
import { readWord, toTerms, toWords } from '../../src/search/normalize.js';

const terms = (text: string) => toTerms(toWords(text));

describe('the vocabulary in data/vocabulary.json', () => {
  // Every concept, one test each: a variant that does not read as its concept never fires.
  it.each(Object.entries(CONCEPTS))('reads every variant of "%s" as that concept', (concept, variants) => {
    const misread = variants.filter((variant) => !terms(variant).includes(concept));
    expect(misread).toEqual([]);
  });

  it('files each variant under one concept only', () => {
    const owners = new Map<string, string[]>();
    for (const [concept, variants] of Object.entries(CONCEPTS))
      for (const variant of variants) owners.set(variant, [...(owners.get(variant) ?? []), concept]);
    expect([...owners].filter(([, concepts]) => concepts.length > 1)).toEqual([]);
  });

  it('implies only from and to terms that the reading produces', () => {
    const produced = (term: string) => term in CONCEPTS || readWord(term).terms.includes(term);
    const keys = Object.keys(IMPLIES).filter((key) => !produced(key));
    const targets = [...Object.values(IMPLIES), ...Object.values(KIND_IMPLIES)]
      .flat()
      .filter((t) => !produced(t));
    expect({ keys, targets }).toEqual({ keys: [], targets: [] });
  });

  it('reads Tijuana and Reynosa as cities, so what a city implies fires for them', () => {
    expect(terms('Tijuana')).toEqual(['tijuana']);
    expect(terms('Reynosa')).toEqual(['reynosa']);
    expect(IMPLIES.tijuana).toContain('city');
  });

  it('reads "may" as the month only where it names one', () => {
    expect(terms('the policy from May')).toContain('may');
    expect(terms('Title 42 ended in May 2023')).toContain('may');
    expect(terms('may I ask what Mexico wants')).not.toContain('may');
    expect(STOP_WORDS.has('may')).toBe(true);
  });

  it('keeps words out of concepts they do not mean', () => {
    expect(terms('people')).not.toContain('migrant');
    expect(terms('title')).not.toContain('role');
    expect(terms('job title')).toEqual(['role']);
    expect(terms('stem')).not.toContain('reduce');
    expect(terms('did the policy fail')).toContain('fail');
    expect(terms('did not succeed')).toEqual(['fail']);
    expect(terms('did it succeed')).toEqual(['succeed']);
  });

  it('compiles every pattern list', () => {
    const lists = [
      VOCABULARY.opinionPatterns,
      VOCABULARY.predictionPatterns,
      VOCABULARY.nowPatterns,
      VOCABULARY.claimPatterns,
      ...Object.values(VOCABULARY.questionTypes),
    ];
    for (const pattern of lists.flat()) expect(() => new RegExp(pattern)).not.toThrow();
  });

  it('refuses a vocabulary file that is not one, naming the problem', () => {
    expect(() => parseVocabulary('{"concepts": {"Bad Key": ["x"]}}')).toThrow(
      /data\/vocabulary.json is invalid/,
    );
  });
});

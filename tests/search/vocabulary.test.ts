import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  IMPLIES,
  KIND_IMPLIES,
  parseVocabulary,
  STOP_WORDS,
  VOCABULARY,
} from '../../src/search/analyze/vocabulary.js';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { readWord, stem, toTerms, toWords } from '../../src/search/normalize.js';

const require = createRequire(import.meta.url);
const terms = (text: string) => toTerms(toWords(text));

describe('the vocabulary in data/vocabulary.json', () => {
  // Every concept, one test each: a variant that does not read as its concept never fires.
  it.each(Object.entries(CONCEPTS))('reads every variant of "%s" as that concept', (concept, variants) => {
    const misread = variants.filter((variant) => !terms(variant).includes(concept));
    expect(misread).toEqual([]);
  });

  it('names each concept in English first, since the sentence model reads Spanish through those names', async () => {
    const base = await loadFactBase(EMBEDDED_DATA_DIR);
    // English words, and the names the base's English text uses ("America").
    const english = new Set([
      ...(require('an-array-of-english-words') as string[]),
      ...base.facts.flatMap((fact) =>
        toWords([fact.statement, ...fact.quotes.map((q) => q.text), ...fact.questions].join(' ')),
      ),
    ]);
    const notEnglish = Object.entries(CONCEPTS).flatMap(([concept, [first]]) => {
      const name = first as string;
      const isOwnName = name.replaceAll(' ', '') === concept;
      return isOwnName || name.split(' ').every((word) => english.has(word)) ? [] : [`${concept}: ${name}`];
    });
    expect(notEnglish).toEqual([]);
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

  it('gives no stem to two concepts, so a word read by its stem means one thing', () => {
    const owners = new Map<string, Set<string>>();
    for (const [concept, variants] of Object.entries(CONCEPTS))
      for (const variant of variants) {
        const words = toWords(variant);
        if (words.length !== 1) continue;
        const key = stem(words[0] as string);
        owners.set(key, (owners.get(key) ?? new Set()).add(concept));
      }
    const shared = [...owners].filter(([, concepts]) => concepts.size > 1).map(([key]) => key);
    // Two old exceptions, each a word with two senses: "head" (role) and "headed" (for a place); "lead"
    // (role) and "leading" (top).
    expect(shared.sort()).toEqual(['head', 'lead']);
  });

  // The words Spanish speakers (Mexico, Spain, chat) use for the article's concepts.
  it.each([
    ['los echaron de los refugios', ['expel', 'shelter']],
    ['migrantes sacados de los albergues', ['migrant', 'expel', 'shelter']],
    ['los desalojaron', ['expel']],
    ['los comicios presidenciales', ['election', 'election']],
    ['el jefe de la diplomacia estadounidense', ['role', 'blinken']],
    ['el canciller gringo', ['blinken']],
    ['un alto cargo de Washington', ['official', 'us']],
    ['el alto funcionario', ['alto', 'official']],
    ['desanimar a la gente', ['deter', 'gent']],
    ['disuadir la migración', ['deter', 'migrant']],
    ['cuando se flexibilizó el Título 42', ['relax', 'title42']],
    ['vuelos de expulsión a Caracas', ['deport', 'venezuela']],
    ['una cifra sin precedentes, histórica', ['figure', 'record', 'record']],
    ['lana, varo o la pasta', ['funding', 'funding', 'funding']],
    ['los gringos y el vecino del norte', ['us', 'us']],
    ['¿qué le pide EU a México?', ['demand', 'us', 'mexico']],
    ['¿México quiere que Washington le eche la mano?', ['mexico', 'demand', 'us', 'help']],
    ['¿qué gana México a cambio?', ['exchange', 'mexico', 'exchange']],
    ['¿se quedó sin fondos el INM?', ['short', 'funding', 'inm']],
    ['la regla sanitaria de la pandemia', ['title42', 'covid']],
    ['las charlas quedaron aparcadas', ['talks', 'shelve']],
    ['México está en medio del fuego cruzado', ['mexico', 'crossfire', 'crossfire']],
    ['países de Centroamérica y Sudamérica', ['country', 'latam', 'latam']],
    ['un gesto de buena voluntad', ['goodfaith']],
    ['México tiene la sartén por el mango', ['mexico', 'leverage']],
    ['deportar a las personas detenidas allí', ['deport', 'person', 'caught']],
    ['¿Qué legado dejó el Título 42?', ['legacy', 'dejo', 'title42']],
  ])('reads "%s" as %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('reads Spanish chat spellings: q, xq, pq, x', () => {
    expect(toWords('q kiere mexico x mes')).toEqual(['que', 'quiere', 'mexico', 'por', 'mes']);
    expect(toWords('xq y pq')).toEqual(['porque', 'y', 'porque']);
    expect(toWords('30k al mes')).toEqual(['30000', 'al', 'mes']);
    expect(toWords('trescientos mil')).toEqual(['300000']);
    expect(toWords('cien mil')).toEqual(['100000']);
  });

  // Where a line is drawn: a word read as a concept it does not mean here makes a near-miss look answered.
  it.each([
    ['la gente', 'migrant'],
    ['las personas', 'migrant'],
    ['¿Cómo se pide asilo?', 'demand'],
    ['sacar de la pobreza', 'expel'],
    ['¿De dónde sacaron los datos?', 'expel'],
    ['echar una mano', 'expel'],
    ['¿Qué planes tiene México?', 'flight'],
    ["what is Mexico's plan", 'flight'],
    ['the past attempts', 'funding'],
    ['los funcionarios que sirven de fuente', 'succeed'],
    ['this server', 'succeed'],
    ['a violation of the law', 'rape'],
    ['a fall in numbers', 'fail'],
    ['los intentos previos', 'expect'],
    ['la canciller de México', 'blinken'],
    ['el jefe de la diplomacia mexicana', 'blinken'],
    ['¿hay un límite de migrantes?', 'border'],
    ['el vecino del sur', 'us'],
    ['¿México quiere que regrese Trump?', 'return'],
    ['¿Qué le contó a la cadena?', 'figure'],
    ['enviaron migrantes', 'official'],
    ['el empleo', 'use'],
    ['a mediados del año', 'outlet'],
    ['la caravana', 'migrant'],
    ['los coyotes', 'smuggle'],
    ['los diputados mexicanos', 'congress'],
    ['las iniciales de AMLO', 'preliminary'],
    ['los narcos', 'fentanyl'],
  ])('does not read "%s" as %s', (text, concept) => {
    expect(terms(text)).not.toContain(concept);
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

import { describe, expect, it } from 'vitest';
import { englishGloss, modelReading } from '../../src/search/analyze/gloss.js';
import { textKey } from '../../src/search/retrieve/vectors.js';

describe('what the sentence model reads of a text', () => {
  it('reads a Spanish question as its English gloss: question word, concepts, numbers', () => {
    expect(englishGloss('¿Cuándo terminó el Título 42?')).toBe('when end title 42');
    expect(englishGloss('q kiere mexico a cambio de ayudar')).toMatch(/^what /);
    expect(modelReading('¿México aceptó recibir 30 mil migrantes al mes?')).toContain('30000');
  });

  it('turns only the first question word into English: a later "que" joins clauses', () => {
    const gloss = englishGloss('¿Qué dicen que pidió México?');
    expect(gloss.split(' ').filter((word) => word === 'what')).toHaveLength(1);
    expect(englishGloss('¿Por qué México pide dinero?')).toMatch(/^why /);
  });

  it('reads English as written, and Spanish the vocabulary does not know as written', () => {
    expect(modelReading('Who is Mayorkas?')).toBe('Who is Mayorkas?');
    expect(modelReading('¡Hola, buenas tardes!')).toBe('¡Hola, buenas tardes!');
  });

  it('stores a Spanish text under its gloss, so a vocabulary edit that changes the gloss needs a new vector', () => {
    expect(textKey('¿Cuándo terminó el Título 42?')).toBe(textKey('when end title 42'));
    expect(textKey('Who is Mayorkas?')).not.toBe(textKey('who is mayorkas'));
  });
});

import { describe, expect, it } from 'vitest';
import { readsAsQuestion } from '../../src/search/suggest.js';
import { embeddedEngine } from '../support/engine.js';

describe('autocomplete suggestions', () => {
  it('offers curated questions, never keyword phrasings', async () => {
    const engine = await embeddedEngine();
    for (const prefix of ['', 'mayorkas', 'title 42', 'venezuela fl', '¿cuánt'])
      for (const s of engine.suggest(prefix)) expect(readsAsQuestion(s.label), s.label).toBe(true);
    expect(readsAsQuestion('mayorkas job title')).toBe(false);
    expect(readsAsQuestion('Who is Mayorkas?')).toBe(true);
    expect(readsAsQuestion('¿Cuándo terminó el Título 42?')).toBe(true);
  });

  it('reads shorthand numbers as the numbers the questions spell out', async () => {
    const engine = await embeddedEngine();
    const suggestions = engine.suggest('mexico 30k');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]?.factId).toMatch(/30000|pledge|returns/);
  });
});

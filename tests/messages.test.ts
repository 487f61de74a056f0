// The message catalogs: one per language, with the same keys, so no reader meets a message their language
// lacks. The type `Catalog` already refuses a Spanish catalog with a key missing or extra; this checks the
// catalogs as data too, down to how many arguments each message takes.
import { describe, expect, it } from 'vitest';
import { ENGLISH, UserError } from '../src/messages.js';
import { SPANISH } from '../src/messages.es.js';

type Shape = { [key: string]: string | number | Shape };

/** Each key path of a catalog with what is there: a text, or a function and how many arguments it takes. */
function shapeOf(value: unknown): Shape | string | number {
  if (typeof value === 'function') return value.length;
  if (typeof value === 'string') return 'text';
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shapeOf(v)])) as Shape;
}

function paths(shape: Shape | string | number, prefix = ''): string[] {
  if (typeof shape !== 'object') return [`${prefix} (${shape})`];
  return Object.entries(shape).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the message catalogs', () => {
  it('have the same keys in English and Spanish, each taking the same arguments', () => {
    const english = paths(shapeOf(ENGLISH));
    const spanish = paths(shapeOf(SPANISH));
    expect(spanish.filter((p) => !english.includes(p))).toEqual([]);
    expect(english.filter((p) => !spanish.includes(p))).toEqual([]);
  });

  it('fail this check when one locale has a key the other lacks', () => {
    const withExtra = { ...SPANISH, TEXT: { ...SPANISH.TEXT, onlyInSpanish: 'solo aquí' } };
    expect(paths(shapeOf(withExtra)).filter((p) => !paths(shapeOf(ENGLISH)).includes(p))).toEqual([
      'TEXT.onlyInSpanish (text)',
    ]);
  });

  it('give every reply text in Spanish, not left in English', () => {
    const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
        : [[prefix, value]];
    const english = new Map(leaves(ENGLISH));
    // Texts that are the same in both languages: names, symbols and empty labels.
    const same = new Set(['PROVENANCE.citationStyles.apa', 'PROVENANCE.citationStyles.chicago']);
    const untranslated = leaves(SPANISH)
      .filter(([path, text]) => typeof text === 'string' && text !== '' && !same.has(path))
      .filter(([path, text]) => english.get(path) === text)
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('say a user error in the reader’s language, and in English for the logs', () => {
    const error = new UserError('badDate', 'from');
    expect(error.message).toBe(ENGLISH.MESSAGES.badDate('from'));
    expect(error.in('es-ES')).toBe('«from» debe ser una fecha como 2023, 2023-12 o 2023-12-30.');
    expect(error.in('es-419')).toBe(error.in('es-ES'));
    expect(error.in('en-GB')).toBe(error.message);
  });

  it('count with the language’s plural rules', () => {
    expect(SPANISH.MESSAGES.gapDismissed(1)).toBe('Descartada 1 pregunta.');
    expect(SPANISH.MESSAGES.gapDismissed(3)).toBe('Descartadas 3 preguntas.');
    expect(ENGLISH.MESSAGES.gapDismissed(1)).toBe('Dismissed 1 question.');
    expect(ENGLISH.MESSAGES.gapDismissed(0)).toBe('Dismissed 0 questions.');
  });
});

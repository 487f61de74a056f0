// Facts in Spanish: dates written the Spanish way with Intl, figures with the locale's numbers, the
// glossary of shared phrases complete for the real base, and every fact's curated Spanish statement.
import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR, loadFactBase } from '../../src/facts/load.js';
import { answerText } from '../../src/render/answerText.js';
import { answerLead } from '../../src/render/answerLead.js';
import { formatDate } from '../../src/render/dates.js';
import { answerJson } from '../../src/render/answerJson.js';
import { formatFigure, SPANISH_GLOSSARY, statementOf } from '../../src/render/localize.js';
import type { Answer } from '../../src/search/engine.js';

const base = await loadFactBase(EMBEDDED_DATA_DIR);
const byId = (id: string) => {
  const fact = base.facts.find((f) => f.id === id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact;
};

describe('Spanish dates', () => {
  it('are written the Spanish way, with the precision the source gives', () => {
    const day = { value: '2023-12-30', precision: 'day', approximate: false } as const;
    expect(formatDate(day, 'es-ES')).toBe('30 de diciembre de 2023');
    expect(formatDate(day, 'es-419')).toBe('30 de diciembre de 2023');
    expect(formatDate({ value: '2023', precision: 'year', part: 'late', approximate: false }, 'es-ES')).toBe(
      'finales de 2023',
    );
    expect(
      formatDate({ value: '2023-12', precision: 'month', part: 'late', approximate: false }, 'es-ES'),
    ).toBe('finales de diciembre de 2023');
    expect(formatDate({ value: '2023', precision: 'year', part: 'early', approximate: false }, 'es-ES')).toBe(
      'principios de 2023',
    );
    expect(formatDate({ value: '2024-01', precision: 'month', approximate: true }, 'es-ES')).toBe(
      'hacia enero de 2024',
    );
  });

  it('say when a curator inferred them', () => {
    expect(
      formatDate({ value: '2023-05', precision: 'month', approximate: false, inferred: 'year' }, 'es-ES'),
    ).toBe('mayo de 2023 (año inferido del texto)');
    expect(
      formatDate({ value: '2024-01', precision: 'month', approximate: true, inferred: 'date' }, 'es-419'),
    ).toBe('hacia enero de 2024 (fecha inferida del texto)');
  });

  it('stay as they were in English, and follow the British order for en-GB', () => {
    const day = { value: '2023-12-30', precision: 'day', approximate: false } as const;
    expect(formatDate(day, 'en-US')).toBe('December 30, 2023');
    expect(formatDate(day, 'en-GB')).toBe('30 December 2023');
  });
});

describe('Spanish figures', () => {
  it('write digits the locale’s way and words from the glossary', () => {
    const [pledge] = byId('mexico-pledged-30000-returns-monthly').figures;
    expect(formatFigure(pledge!, 'es-ES')).toBe('30.000 migrantes readmitidos al mes');
    expect(formatFigure(pledge!, 'es-419')).toBe('30,000 migrantes readmitidos al mes');
    const [share] = byId('pledge-is-10-percent-of-december-total').figures;
    expect(formatFigure(share!, 'es-ES')).toBe('10\u00a0% del total de diciembre');
    const [flights] = byId('eleven-us-venezuela-flights-2023').figures;
    expect(formatFigure(flights!, 'es-ES')).toBe('once vuelos de deportación de EE. UU. a Venezuela en 2023');
  });
});

describe('the Spanish glossary', () => {
  it('has every shared phrase the base uses, and none it no longer uses', () => {
    const used = {
      attributions: base.facts.map((f) => f.attribution),
      roles: base.facts.flatMap((f) => f.dates.flatMap((d) => d.role ?? [])),
      units: base.facts.flatMap((f) => f.figures.map((g) => g.unit)),
      periods: base.facts.flatMap((f) => f.figures.flatMap((g) => g.period ?? [])),
      asWritten: base.facts.flatMap((f) =>
        f.figures.map((g) => g.asWritten).filter((w) => !/^[\d,.]+%?$/.test(w)),
      ),
      notes: base.facts.flatMap((f) => f.notes.map((n) => n.text)),
      sources: base.sources.flatMap((s) => [s.label ?? [], s.outletNote ?? []].flat()),
    };
    for (const [section, phrases] of Object.entries(used)) {
      const glossary = SPANISH_GLOSSARY[section as keyof typeof used];
      expect(
        phrases.filter((p) => !(p in glossary)),
        section,
      ).toEqual([]);
      expect(
        Object.keys(glossary).filter((p) => !phrases.includes(p)),
        section,
      ).toEqual([]);
    }
  });

  it('leaves every fact with a curated Spanish statement of its own', () => {
    for (const fact of base.facts) expect(statementOf(fact, 'es-ES'), fact.id).not.toBe(fact.statement);
  });
});

describe('Spanish answers on a terminal and in JSON', () => {
  const answer = (over: Partial<Answer>): Answer => ({
    query: 'did mexico agree to take 300k a month?',
    answered: true,
    confidence: 0.875,
    fact: byId('mexico-pledged-30000-returns-monthly'),
    alternatives: [],
    related: [],
    closest: [],
    kind: 'answer',
    language: 'en',
    ...over,
  });

  it('correct a claim, frame a "now" question and say what the record does not give, in Spanish', () => {
    expect(answerLead(answer({ kind: 'correction' }), 'es-ES')).toBe('No: el registro dice 30.000 al mes.');
    expect(answerLead(answer({ kind: 'confirmation' }), 'es-419')).toBe(
      'Sí: el registro dice 30,000 al mes.',
    );
    const notGiven = answer({
      kind: 'not-given',
      fact: null,
      context: byId('talks-resume-in-washington'),
      missing: 'day',
    });
    expect(answerText(notGiven, base, 'es-ES')).toMatch(
      /^El registro menciona esto, pero no da el día exacto\. Lo que sí dice:/,
    );
  });

  it('date a "now" answer by its report without nesting brackets, in either language', () => {
    const inferred = answer({
      kind: 'as-of',
      asOf: { value: '2024-01', precision: 'month', approximate: true, inferred: 'date' },
    });
    expect(answerLead(inferred, 'es-ES')).toBe(
      'Publicado: hacia enero de 2024 (fecha inferida del texto). El registro no dice qué rige hoy:',
    );
    expect(answerLead(inferred, 'en-US')).toBe(
      'As of about January 2024 (date inferred from the text), when this was reported — the record does not say what holds today:',
    );
    const exact = answer({
      kind: 'as-of',
      asOf: { value: '2023-12-30', precision: 'day', approximate: false },
    });
    expect(answerLead(exact, 'es-419')).toBe(
      'Publicado: 30 de diciembre de 2023. El registro no dice qué rige hoy:',
    );
    for (const locale of ['es-ES', 'en-US'] as const)
      expect(answerLead(inferred, locale)).not.toMatch(/\([^)]*\(/);
  });

  it('show the confidence with the locale’s decimals and keep the quote verbatim', () => {
    const text = answerText(answer({}), base, 'es-ES');
    expect(text).toContain('Confianza 0,88 · base de datos');
    expect(text).toContain(
      'Cita original en inglés:\n  “Though it only accounts for 10% of December’s total',
    );
  });

  it('say in JSON which locale the texts are in', () => {
    const json = answerJson(answer({}), base, 'es-ES');
    expect(json.locale).toBe('es-ES');
    expect(json.answer?.statement).toBe(statementOf(byId('mexico-pledged-30000-returns-monthly'), 'es-ES'));
    expect(json.answer?.attribution).toBe('el artículo');
    expect(json.answer?.quotes[0]?.text).toMatch(/^Though it only accounts/);
  });
});

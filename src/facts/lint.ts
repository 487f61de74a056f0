// The curator's lint of `npm run facts:check`: curated phrasings that ask for a detail the fact does not
// give (they teach the engine to answer what the record does not say), statements about people's offices
// in the present tense with no "as of" (true when reported, false later), and dates whose year no quote
// prints but which are not marked inferred. Loading does not run
// it: a base that fails it is still well formed, but facts:check, and so CI, refuses it.
import type { FactBase, Problem } from './load.js';
import type { Fact } from './schema.js';

/** What a curated phrasing asks for, and what a fact must carry to answer it. */
export type PhrasingAsks = 'quantity' | 'date' | 'person' | 'reason' | 'cause';

/**
 * The vocabulary of the lint, English and Spanish, matched on lower-case text without accents. Questions
 * are read from their start for "when" and "who", because mid-sentence they are conjunctions and relative
 * pronouns ("did crossings spike when…", "the official who spoke…").
 */
export const LINT_VOCABULARY = {
  quantity:
    /\b(how (many|much|big|large|high|long)|what (number|percentage|share|proportion)|cuant[oa]s?|que (cantidad|porcentaje|proporcion|numero))\b/,
  date: /(^[^a-z]*(so |and |but |ok |wait )?(when|whens|cuando)\b)|\b(since|until|desde|hasta) (when|cuando)\b|\b(what|which|que) (year|month|date|day|ano|mes|fecha|dia)\b/,
  person:
    /(^[^a-z]*(so |and |but |wait |ok |a |con |de |para )?(who|whom|whose|who's|quien|quienes)\b)|\b(name|named|called|nombre|como se llama)\b/,
  reason: /\b(why|how come|what for|por que|para que)\b/,
  cause:
    /\b(cause[sd]?|causing|because|led to|lead to|leads to|leading to|result(ed|s)? in|a result of|due to|blame[sd]?|(?<!in )effect|impact|affect(ed|s)?|causo|provoco|debido a|por culpa|llevo a|porque|trajo|efecto|impacto)\b/,
  /** Words in a quote that state a reason, purpose or cause: "due to", "given that", "to lower". */
  statedReason:
    /\b(because|due to|given|in exchange for|in order to|so that|to address|to lower|to reduce|to curb|to meet|to assist|left \w+ with)\b/,
  /** Words of a statement that answer "who" by saying no one is named. */
  unnamed: /\b(unnamed|not named|does not name|names none|without naming|anonymous)\b/,
  /** Words a "how many" phrasing may use for a figure's unit, beside the unit's own words. */
  unitSynonyms: [
    ['percent', 'share', 'proportion', 'percentage', 'porcentaje', 'proporcion'],
    ['migrant', 'people', 'person', 'deportee', 'migrante', 'persona', 'deportado', 'returned'],
    ['flight', 'plane', 'planeload', 'vuelo', 'avion', 'cada', 'time'],
    ['official', 'funcionario'],
    ['year', 'ano', 'month', 'me', 'mese', 'long', 'tiempo', 'duro', 'anualmente'],
    ['top', 'rank', 'ranking'],
  ],
  /** "X is the president", "es el secretario": an office held, said in the present tense. */
  presentOffice:
    /\b(is|are|es|son) (the |a |an |el |la |los |las |un |una )?(\S+ ){0,3}?(former |current |ex)?(president|presidente|presidenta|expresidente|secretary|secretario|secretaria|minister|ministro|canciller|chief|jefe|head|leader|governor|gobernador|senator|senador|ambassador|embajador|director)\b/,
  /** "As of January 2024", "A enero de 2024": the time the present tense holds for. */
  asOf: /\b(as of|a fecha de|a (\w+ de )?\d{4})\b/,
} as const;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const stem = (word: string) => word.replace(/s$/, '');
const words = (text: string) =>
  new Set(
    fold(text)
      .match(/[a-z0-9%]+/g)
      ?.map(stem) ?? [],
  );

/**
 * The words a "how many" phrasing must share with a figure: what it counts (its unit up to "of", so "how
 * big was December's total" does not match "percent of December's total") or its period.
 */
function unitWords(figure: Fact['figures'][number]): Set<string> {
  const head = figure.unit.split(/\s+(of|from|to|in)\s+/)[0] ?? figure.unit;
  const own = words(`${head} ${figure.period ?? ''}`);
  const out = new Set(own);
  for (const group of LINT_VOCABULARY.unitSynonyms) {
    if (group.some((word) => own.has(stem(word)))) group.forEach((word) => out.add(stem(word)));
  }
  return out;
}

/** Whether the fact names someone who could answer "who": an actor, a party, a source, or "unnamed". */
function namesSomeone(fact: Fact): boolean {
  return (
    fact.actors.length > 0 ||
    fact.parties.length > 0 ||
    !/^the article\b/i.test(fact.attribution) ||
    LINT_VOCABULARY.unnamed.test(fact.statement)
  );
}

const statesReason = (fact: Fact) => fact.quotes.some((q) => LINT_VOCABULARY.statedReason.test(fold(q.text)));

/** The details a phrasing asks for that the fact does not give, each with why. */
export function unanswerable(phrasing: string, fact: Fact): { asks: PhrasingAsks; lacks: string }[] {
  const text = fold(phrasing);
  const out: { asks: PhrasingAsks; lacks: string }[] = [];
  if (LINT_VOCABULARY.quantity.test(text)) {
    const asked = words(text);
    const matches = fact.figures.some((f) => [...unitWords(f)].some((word) => asked.has(word)));
    if (!matches)
      out.push({
        asks: 'quantity',
        lacks:
          fact.figures.length === 0
            ? 'the fact has no figure'
            : `no figure counts what it asks about (${fact.figures.map((f) => f.unit).join('; ')})`,
      });
  }
  if (LINT_VOCABULARY.date.test(text) && fact.dates.length === 0)
    out.push({ asks: 'date', lacks: 'the fact has no date' });
  if (LINT_VOCABULARY.person.test(text) && !namesSomeone(fact))
    out.push({ asks: 'person', lacks: 'the fact names no one' });
  if (LINT_VOCABULARY.reason.test(text) && !statesReason(fact))
    out.push({ asks: 'reason', lacks: 'no quote states a reason' });
  if (LINT_VOCABULARY.cause.test(text) && !statesReason(fact))
    out.push({ asks: 'cause', lacks: 'the quotes state a sequence, not a cause' });
  return out;
}

/** Statements in the present tense about someone's office with no "as of": false once the office changes. */
export function untimedOffice(statement: string): boolean {
  const text = fold(statement);
  return LINT_VOCABULARY.presentOffice.test(text) && !LINT_VOCABULARY.asOf.test(text);
}

/** Every lint problem of the base, named by fact id and field, with the phrasing or statement quoted. */
export function lintFacts(base: Pick<FactBase, 'facts'>, fileOf: (id: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const fact of base.facts) {
    const at = (field: string, message: string) =>
      problems.push({ file: fileOf(fact.id), factId: fact.id, field, message });
    const phrasings: [string, string][] = [
      ...fact.questions.map((q, i): [string, string] => [`questions[${i}]`, q]),
      ...(fact.translations.es?.questions ?? []).map((q, i): [string, string] => [
        `translations.es.questions[${i}]`,
        q,
      ]),
    ];
    for (const [field, phrasing] of phrasings) {
      for (const { asks, lacks } of unanswerable(phrasing, fact))
        at(field, `"${phrasing}" asks for a ${asks} but ${lacks}`);
    }
    fact.dates.forEach((date, i) => {
      const year = date.value.slice(0, 4);
      if (!date.inferred && !fact.quotes.some((q) => q.text.includes(year)))
        at(
          `dates[${i}]`,
          `the year ${year} is in none of the fact's quotes: mark the date "inferred" with a basis, or quote the year`,
        );
    });
    const statements: [string, string | undefined][] = [
      ['statement', fact.statement],
      ['translations.es.statement', fact.translations.es?.statement],
    ];
    for (const [field, statement] of statements) {
      if (statement && untimedOffice(statement))
        at(field, `"${statement}" states an office in the present tense without "as of" a date`);
    }
  }
  return problems;
}

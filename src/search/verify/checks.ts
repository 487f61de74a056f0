// The third stage: named checks of what a question asks against what a candidate fact contains. A fact
// can be on topic and still not answer: it has no figure for "how many shelters", names another country's
// official, states Mexico's demands when the US's were asked, or gives 30,000 where the question says 300k.
// Each check is a plain function, tested on its own; the decision weighs their results.
import type { Fact } from '../../facts/schema.js';
import { citiesNamed, type Analysis, type BaseVocabulary } from '../analyze/question.js';
import { BODIES, COUNTRIES, DURATION_UNITS, ORDINAL_WORDS } from '../analyze/vocabulary.js';
import { toTerms, toWords } from '../normalize.js';

/** What the checks need to know of a fact, read once per fact and kept. */
export interface FactProfile {
  terms: ReadonlySet<string>;
  /** Numbers the fact states: its figures with the period of each rate, and the days of its dates. */
  numbers: readonly { value: number; period?: string }[];
  /** The periods of the fact's rates (month, week, year). */
  periods: ReadonlySet<string>;
  figureUnits: readonly ReadonlySet<string>[];
  years: readonly number[];
  months: readonly string[];
  hasDay: boolean;
  /** Actors the fact concerns or names. */
  actors: ReadonlySet<string>;
  /** The countries whose thing or person the fact is about ("US presidential election", Blinken → us). */
  ownCountries: ReadonlySet<string>;
  /** Every country the fact names or counts among its parties. */
  countries: ReadonlySet<string>;
  /** The cities the fact's statement and quotes name. */
  cities: readonly string[];
  /** The fact states a length of time: a number or an ordinal before a unit of time ("for 3 years"). */
  statesDuration: boolean;
  givesReason: boolean;
}

export interface CheckResults {
  /** The kind of answer asked for (a figure of that unit, a date, a day, a name, a reason) is not in the fact. */
  typeMissing: boolean;
  /** The question asks for a person by role, a city or a length of time, and the fact gives none. */
  detailWithheld: boolean;
  /** The question asks about another country's person or thing than the fact's. */
  ownerConflict: boolean;
  /** The question names people the fact neither concerns nor names. */
  actorMismatch: boolean;
  /** The question names a country the fact neither names nor counts among its parties. */
  countryMismatch: boolean;
  /** The fact is the own fact of a person or body the question names ("who is AMLO" → the AMLO fact). */
  actorOwnFact: boolean;
  /** The question names a number the fact does not state, while the fact states figures. */
  numberConflict: boolean;
  /** A number the question names is one the fact states. */
  numberMatch: boolean;
  /** The question names a rate per month, week or year; the fact's rates are per another period. */
  periodConflict: boolean;
  /** The question names a year or month that the fact's dates contradict. */
  dateConflict: boolean;
  /** A year or month the question names is one of the fact's dates. */
  dateMatch: boolean;
  /** The question asks what one side wants; the fact is the other side's position. */
  directionConflict: boolean;
}

const MONTH_NAMES: Record<string, string> = {
  '01': 'january',
  '05': 'may',
  '11': 'november',
  '12': 'december',
};
const COUNTRY_SET = new Set(COUNTRIES);
const REASON =
  /\b(?:because|due to|given|in exchange|to address|so that|reasons?|since|as the|out of ways|lowering his poll|left|legacy|following|after|as it was|to lower|to reduce|to assist|eager|porque|debido|a cambio|dado que)\b/i;
const MONEY = new Set(['funding']);
const NEGOTIATORS = ['us', 'mexico'];

const termsOf = (text: string) => new Set(toTerms(toWords(text)));

export function profileFact(fact: Fact, vocabulary: BaseVocabulary): FactProfile {
  // What the fact says (statement and quotes); its names count among its terms too.
  const said = [fact.statement, ...fact.quotes.map((q) => q.text)].join(' ');
  const words = toWords(said);
  const terms = termsOf(`${said} ${fact.aliases.join(' ')}`);
  const actors = new Set(fact.actors);
  for (const term of terms) {
    const actor = vocabulary.actorTerms.get(term);
    if (actor) actors.add(actor);
  }
  // A rate's period is the concept its first word names: "year (2023)" → year.
  const figures = fact.figures.map((f) => {
    const period = f.period === undefined ? undefined : termsOf(f.period).values().next().value;
    return period === undefined ? { value: f.value } : { value: f.value, period };
  });
  const ownCountries = new Set<string>();
  if (fact.kind === 'actor') for (const party of fact.parties) ownCountries.add(party);
  for (const alias of fact.aliases)
    for (const term of termsOf(alias)) if (COUNTRY_SET.has(term)) ownCountries.add(term);
  return {
    terms,
    numbers: [
      ...figures,
      ...fact.dates.filter((d) => d.precision === 'day').map((d) => ({ value: Number(d.value.slice(8)) })),
    ],
    periods: new Set(figures.flatMap((f) => f.period ?? [])),
    // What a figure counts is the opening of its unit, before any preposition: "deportation flights from
    // the U.S. to Venezuela" counts flights, not Venezuelans.
    figureUnits: fact.figures.map((f) =>
      termsOf(f.unit.split(/\s(?:from|to|of|in|per|for|attempting|under)\s/)[0] as string),
    ),
    years: fact.dates.map((d) => Number(d.value.slice(0, 4))),
    months: fact.dates.flatMap((d) => MONTH_NAMES[d.value.slice(5, 7)] ?? []),
    hasDay: fact.dates.some((d) => d.precision === 'day'),
    actors,
    ownCountries,
    countries: new Set([...fact.parties, ...[...terms].filter((t) => COUNTRY_SET.has(t))]),
    cities: citiesNamed(words),
    statesDuration: words.some(
      (word, i) => DURATION_UNITS.has(words[i + 1] ?? '') && (/^\d+$/.test(word) || ORDINAL_WORDS.has(word)),
    ),
    givesReason: REASON.test(said),
  };
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.05 * Math.abs(b), 0.5);

/** Whether the fact holds the kind of answer the question asks for. */
export function answerTypeMissing(question: Analysis, fact: Fact, profile: FactProfile): boolean {
  const { types } = question;
  if ((types.has('howmany') || types.has('howmuch')) && !question.polar) {
    if (fact.figures.length === 0) return true;
    // An amount of money needs a figure of money, whatever else the question counts.
    if (
      types.has('howmuch') &&
      [...MONEY].some((t) => question.terms.has(t)) &&
      !profile.figureUnits.some((unit) => [...MONEY].some((t) => unit.has(t)))
    )
      return true;
    const { counted } = question;
    if (counted && !profile.figureUnits.some((unit) => unit.has(counted))) return true;
    // "How many people were on the eleven flights?": every figure the fact states is the question's own
    // premise, so the number asked for is another one.
    if (
      question.numbers.length > 0 &&
      !types.has('duration') &&
      fact.figures.every((figure) => question.numbers.some((n) => near(n, figure.value)))
    )
      return true;
  }
  if (types.has('when')) {
    if (fact.dates.length === 0) return true;
    if (question.asksExactDay && !profile.hasDay) return true;
  }
  if (types.has('name') && fact.actors.length === 0 && fact.kind !== 'policy') return true;
  if (types.has('leader') && [...profile.actors].every((actor) => BODIES.has(actor))) return true;
  // "Who says…" is answered by the attribution every fact carries.
  if (types.has('who') && !question.asksSource && profile.actors.size === 0 && fact.kind !== 'sourcing')
    return true;
  if (types.has('why') && !profile.givesReason && fact.kind !== 'position') return true;
  return false;
}

/**
 * Whether the question asks for a specific detail the fact does not give: the details the article most
 * often withholds, which a question names so precisely that the check rarely errs (a feature of its own,
 * so the decision can trust it more than typeMissing).
 */
export function detailWithheld(question: Analysis, profile: FactProfile): boolean {
  const { types } = question;
  // "How long did the meeting last?": the fact says it took place, not for how long.
  if (types.has('duration') && !profile.statesDuration) return true;
  // The December meeting was "in Mexico": a country, where a city was asked.
  if (types.has('city') && profile.cities.every((city) => question.cities.includes(city))) return true;
  // The article withholds its sources' names: the fact about "a Mexican official" names no one, and the one
  // about Biden's options names Biden, whom the question itself names.
  if (
    types.has('person') &&
    [...profile.actors].every((actor) => BODIES.has(actor) || question.actors.includes(actor))
  )
    return true;
  return false;
}

export function runChecks(question: Analysis, fact: Fact, profile: FactProfile): CheckResults {
  // 1,000,000 a year is not what "a million a month" claims: a rate matches only in the same period.
  const numberMatch = question.numbers.some((n) =>
    profile.numbers.some(
      (m) => near(n, m.value) && (!question.period || !m.period || m.period === question.period),
    ),
  );
  const yearsKnown = question.years.length > 0 && profile.years.length > 0;
  const monthsKnown = question.months.length > 0 && profile.months.length > 0;
  const yearMatch = yearsKnown && question.years.some((y) => profile.years.includes(y));
  const monthMatch = monthsKnown && question.months.some((m) => profile.months.includes(m));
  return {
    typeMissing: answerTypeMissing(question, fact, profile),
    detailWithheld: detailWithheld(question, profile),
    ownerConflict:
      question.owners.length > 0 &&
      profile.ownCountries.size > 0 &&
      !question.owners.some((owner) => profile.ownCountries.has(owner)),
    // Only a fact about other people mismatches; one about no one in particular may concern anyone's side.
    actorMismatch:
      question.actors.length > 0 &&
      profile.actors.size > 0 &&
      !question.actors.some((actor) => profile.actors.has(actor)),
    // "How many migrants has Guatemala pledged to take back": the same topic, another country's.
    countryMismatch: question.countries.some((country) => !profile.countries.has(country)),
    actorOwnFact: fact.kind === 'actor' && question.actors.includes(fact.actors[0] as string),
    numberConflict: question.numbers.length > 0 && fact.figures.length > 0 && !numberMatch,
    numberMatch,
    periodConflict:
      question.period !== undefined && profile.periods.size > 0 && !profile.periods.has(question.period),
    dateConflict: (yearsKnown && !yearMatch) || (monthsKnown && !monthMatch),
    dateMatch: yearMatch || monthMatch,
    // "Both" sides are the two negotiating countries: what a third (Guatemala) asks is neither's position.
    directionConflict:
      question.asker !== undefined &&
      fact.side !== undefined &&
      !(fact.side === 'both' ? NEGOTIATORS : [fact.side]).includes(question.asker),
  };
}

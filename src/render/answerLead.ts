// The sentence that frames an answer when it is more than a plain answer: the correction or confirmation of
// a claim, the date a "now" question is answered as of, the detail a fact does not give, or why a question
// is declined. One function for the terminal, the JSON contract and Discord alike, in the reader's locale.
import type { Fact } from '../facts/schema.js';
import type { ReplyLocale } from '../locale.js';
import { catalogFor } from '../messages.js';
import type { Answer } from '../search/engine.js';
import { formatDate } from './dates.js';
import { figureAmount, statementOf } from './localize.js';

/** What a fact records in answer to a claim: its first figure, or its first date. */
function recorded(fact: Fact, locale: ReplyLocale): string {
  const [figure] = fact.figures;
  if (figure) return figureAmount(figure, locale);
  const [date] = fact.dates;
  return date ? formatDate(date, locale) : statementOf(fact, locale);
}

/** The framing sentence of an answer, or undefined for a plain answer. */
export function answerLead(answer: Answer, locale: ReplyLocale): string | undefined {
  const { MESSAGES } = catalogFor(locale);
  switch (answer.kind) {
    case 'correction':
      return answer.fact ? MESSAGES.leadCorrection(recorded(answer.fact, locale)) : undefined;
    case 'confirmation':
      return answer.fact ? MESSAGES.leadConfirmation(recorded(answer.fact, locale)) : undefined;
    case 'as-of':
      return answer.asOf ? MESSAGES.leadAsOf(formatDate(answer.asOf, locale)) : undefined;
    case 'not-given':
      return answer.context ? MESSAGES.leadNotGiven(answer.missing ?? 'detail') : undefined;
    case 'decline':
      return answer.reason === 'opinion'
        ? MESSAGES.leadOpinion
        : answer.reason === 'prediction'
          ? MESSAGES.leadPrediction
          : undefined;
    default:
      return undefined;
  }
}

// The sentence that frames an answer when it is more than a plain answer: the correction or confirmation of
// a claim, the date a "now" question is answered as of, the detail a fact does not give, or why a question
// is declined. One function for the terminal, the JSON contract and Discord alike.
import { formatDate } from '../facts/dates.js';
import type { Fact } from '../facts/schema.js';
import { MESSAGES } from '../messages.js';
import type { Answer } from '../search/engine.js';

/** What a fact records in answer to a claim: its first figure, or its first date. */
function recorded(fact: Fact): string {
  const [figure] = fact.figures;
  if (figure)
    return `${figure.asWritten}${figure.period ? ` a ${figure.period.replace(/\s*\(.*\)$/, '')}` : ''}`;
  const [date] = fact.dates;
  return date ? formatDate(date) : fact.statement;
}

/** The framing sentence of an answer, or undefined for a plain answer. */
export function answerLead(answer: Answer): string | undefined {
  switch (answer.kind) {
    case 'correction':
      return answer.fact ? MESSAGES.leadCorrection(recorded(answer.fact)) : undefined;
    case 'confirmation':
      return answer.fact ? MESSAGES.leadConfirmation(recorded(answer.fact)) : undefined;
    case 'as-of':
      return answer.asOf ? MESSAGES.leadAsOf(formatDate(answer.asOf)) : undefined;
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

// The answer as plain text for a terminal, in the reader's locale: the offline ask tool and the console of
// `npm start` without a Discord token.
import type { FactBase } from '../facts/load.js';
import type { Fact } from '../facts/schema.js';
import { formatNumber, type ReplyLocale } from '../locale.js';
import type { Answer } from '../search/engine.js';
import { newestAnswer } from '../facts/supersede.js';
import { catalogFor } from '../messages.js';
import { answerLead } from './answerLead.js';
import { factView } from './factView.js';
import { questionOf, statementOf } from './localize.js';

export function answerText(asAnswered: Answer, base: FactBase, locale: ReplyLocale): string {
  const { TEXT } = catalogFor(locale);
  // A fact a later source changed is answered with its newest version, which shows the older one.
  const answer = newestAnswer(asAnswered, base);
  const lead = answerLead(answer, locale);
  if (answer.context) return [lead, '', ...factLines(answer.context, base, locale)].join('\n');
  if (!answer.fact) {
    const lines = [lead ?? TEXT.terminal.notInRecord];
    if (answer.closest.length > 0) {
      lines.push('', TEXT.terminal.itCovers);
      for (const fact of answer.closest) lines.push(`  - ${questionOf(fact, locale)}`);
    }
    return lines.join('\n');
  }
  const lines = [...(lead ? [lead, ''] : []), ...factLines(answer.fact, base, locale)];
  lines.push(TEXT.terminal.confidence(formatNumber(answer.confidence, locale, 2), base.version));
  for (const alternative of answer.alternatives) {
    lines.push('', TEXT.terminal.alsoAnswers(statementOf(alternative, locale), alternative.id));
  }
  if (answer.related.length > 0) {
    lines.push('', TEXT.terminal.related);
    for (const fact of answer.related) lines.push(`  - ${statementOf(fact, locale)} [${fact.id}]`);
  }
  return lines.join('\n');
}

/** A fact as the terminal shows it: statement, quotes, attribution, dates, notes, source. */
function factLines(fact: Fact, base: FactBase, locale: ReplyLocale): string[] {
  const { TEXT, PROVENANCE } = catalogFor(locale);
  const view = factView(fact, base, locale);
  const lines = [view.statement, ''];
  if (TEXT.quotesLabel) lines.push(`${TEXT.quotesLabel}:`);
  for (const quote of view.quotes)
    lines.push(`  “${quote.text}”`, `    ${TEXT.terminal.paragraph(quote.paragraph)}`);
  if (view.paragraphMapping) lines.push(`  (${view.paragraphMapping})`);
  lines.push('', TEXT.terminal.attributedTo(view.attribution));
  if (view.dates.length > 0)
    lines.push(
      TEXT.terminal.when(view.dates.map((d) => (d.role ? `${d.label} (${d.role})` : d.label)).join('; ')),
    );
  for (const c of fact.corrections) lines.push(PROVENANCE.correctedOn(c.date, c.note));
  for (const note of view.notes) lines.push(`${PROVENANCE.curatorNote}: ${note.text}`);
  for (const older of view.earlierReported)
    lines.push(
      `${PROVENANCE.earlierReported}: ${PROVENANCE.earlierReportedLine(older.statement, older.reported)}`,
    );
  lines.push(
    TEXT.terminal.source(view.source.name, view.source.outlet, view.source.reported),
    TEXT.terminal.fact(view.id, view.kind),
  );
  return lines;
}

// The answer as plain text for a terminal: the offline ask tool and the console of `npm start` without a
// Discord token.
import type { FactBase } from '../facts/load.js';
import type { Fact } from '../facts/schema.js';
import type { Answer } from '../search/engine.js';
import { newestAnswer } from '../facts/supersede.js';
import { PROVENANCE } from '../messages.js';
import { answerLead } from './answerLead.js';
import { factView } from './factView.js';

export function answerText(asAnswered: Answer, base: FactBase): string {
  // A fact a later source changed is answered with its newest version, which shows the older one.
  const answer = newestAnswer(asAnswered, base);
  const lead = answerLead(answer);
  if (answer.context) return [lead, '', ...factLines(answer.context, base)].join('\n');
  if (!answer.fact) {
    const lines = [lead ?? 'Not in the sourced record: factdesk has no fact that answers this.'];
    if (answer.closest.length > 0) {
      lines.push('', 'It does cover, for example:');
      for (const fact of answer.closest) lines.push(`  - ${fact.questions[0] ?? fact.statement}`);
    }
    return lines.join('\n');
  }
  const lines = [...(lead ? [lead, ''] : []), ...factLines(answer.fact, base)];
  lines.push(`Confidence ${answer.confidence.toFixed(2)} · fact base ${base.version}`);
  for (const alternative of answer.alternatives) {
    lines.push('', `Also answers this almost as well: ${alternative.statement} [${alternative.id}]`);
  }
  if (answer.related.length > 0) {
    lines.push('', 'Related:');
    for (const fact of answer.related) lines.push(`  - ${fact.statement} [${fact.id}]`);
  }
  return lines.join('\n');
}

/** A fact as the terminal shows it: statement, quotes, attribution, dates, notes, source. */
function factLines(fact: Fact, base: FactBase): string[] {
  const view = factView(fact, base);
  const lines = [view.statement, ''];
  for (const quote of view.quotes) lines.push(`  “${quote.text}”`, `    — paragraph ${quote.paragraph}`);
  if (view.paragraphMapping) lines.push(`  (${view.paragraphMapping})`);
  lines.push('', `Attributed to: ${view.attribution}`);
  if (view.dates.length > 0)
    lines.push(`When: ${view.dates.map((d) => (d.role ? `${d.label} (${d.role})` : d.label)).join('; ')}`);
  for (const c of fact.corrections) lines.push(PROVENANCE.correctedOn(c.date, c.note));
  for (const note of view.notes) lines.push(`${PROVENANCE.curatorNote}: ${note.text}`);
  for (const older of view.earlierReported)
    lines.push(
      `${PROVENANCE.earlierReported}: ${PROVENANCE.earlierReportedLine(older.statement, older.reported)}`,
    );
  lines.push(
    `Source: ${view.source.name}; outlet: ${view.source.outlet}; reported ${view.source.reported}`,
    `Fact: ${view.id} (${view.kind})`,
  );
  return lines;
}

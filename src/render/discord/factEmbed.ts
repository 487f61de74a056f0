// A fact as a Discord embed: statement, quotes as quotations with their paragraphs, who said it, the source
// and when it was reported, and the fact base version in the footer. Every fact shown anywhere uses it.
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { Fact } from '../../facts/schema.js';
import { PROVENANCE } from '../../messages.js';
import { factView } from '../factView.js';
import { truncate } from './limits.js';

const KIND_LABELS: Record<Fact['kind'], string> = {
  policy: 'Policy',
  figure: 'Figure',
  event: 'Event',
  position: 'Position',
  actor: 'Who’s who',
  context: 'Context',
  sourcing: 'Sourcing',
};

const KIND_COLOURS: Record<Fact['kind'], number> = {
  policy: 0x3b82f6,
  figure: 0xf59e0b,
  event: 0x8b5cf6,
  position: 0x10b981,
  actor: 0x64748b,
  context: 0x6b7280,
  sourcing: 0x14b8a6,
};

// Quotes are what a newsroom cites, so they are shortened only when a fact carries several long ones.
const QUOTE_BUDGET = 3400;

function kindLabel(fact: Fact): string {
  return KIND_LABELS[fact.kind];
}

export function footerText(fact: Fact, base: FactBase): string {
  return `fact ${fact.id} · fact base ${base.version} · factdesk answers only from its sourced record`;
}

/** The quotes as Markdown quotations, each followed by its paragraph number. */
function quoteLines(fact: Fact): string {
  const each = Math.floor(QUOTE_BUDGET / fact.quotes.length);
  return fact.quotes.map((q) => `> “${truncate(q.text, each)}” — ¶${q.paragraph}`).join('\n');
}

export function factEmbed(fact: Fact, base: FactBase): APIEmbed {
  const view = factView(fact, base);
  const fields: APIEmbedField[] = [
    { name: 'Attributed to', value: view.attribution, inline: true },
    {
      name: 'Source',
      value: truncate(
        `${view.source.name}${view.source.url ? ` (${view.source.url})` : ''}; outlet: ${view.source.outlet}`,
        1024,
      ),
      inline: true,
    },
    { name: 'Reported', value: view.source.reported, inline: true },
  ];
  if (view.dates.length > 0) {
    fields.push({
      name: 'When',
      value: view.dates.map((d) => (d.role ? `${d.label} (${d.role})` : d.label)).join('\n'),
    });
  }
  if (view.figures.length > 0) {
    fields.push({
      name: 'Figures',
      value: view.figures
        .map((f) => `${f.asWritten} ${f.unit}${f.period ? ` per ${f.period}` : ''}`)
        .join('\n'),
    });
  }
  for (const note of view.notes) {
    fields.push({ name: PROVENANCE.curatorNote, value: truncate(note.text, 1024) });
  }
  if (view.earlierReported.length > 0) {
    fields.push({
      name: PROVENANCE.earlierReported,
      value: truncate(
        view.earlierReported
          .map((older) => PROVENANCE.earlierReportedLine(older.statement, older.reported))
          .join('\n'),
        1024,
      ),
    });
  }
  return {
    title: truncate(`${kindLabel(fact)}${fact.aliases[0] ? ` · ${fact.aliases[0]}` : ''}`, 256),
    description: `**${view.statement}**\n\n${quoteLines(fact)}`,
    color: KIND_COLOURS[fact.kind],
    fields,
    footer: { text: footerText(fact, base) },
  };
}

// Replies about single facts: the answer to a question (or the honest decline), the source paragraph, the
// related facts and the ready-to-paste citation.
import { ButtonStyle, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { Fact, Source } from '../../facts/schema.js';
import { locateQuote } from '../../facts/text.js';
import type { Answer } from '../../search/engine.js';
import { newestVersion } from '../../facts/supersede.js';
import { PROVENANCE } from '../../messages.js';
import {
  CITATION_STYLES,
  citeParagraph,
  describeSource,
  formatCitation,
  paragraphNote,
  sourceOf,
  type CitationStyle,
} from '../citation.js';
import { sourceView } from '../factView.js';
import { factEmbed, footerText } from './factEmbed.js';
import { escapeUserText, LIMITS, truncate } from './limits.js';
import { button, messageBody, type MessageBody, type Visibility } from './message.js';

function factButtons(fact: Fact, visibility: Visibility): APIButtonComponent[] {
  const [first] = fact.quotes;
  return [
    button(`Source ¶${first?.paragraph ?? ''}`, { action: 'source', factId: fact.id }),
    button(
      'Related facts',
      { action: 'related', factId: fact.id },
      ButtonStyle.Secondary,
      fact.related.length === 0,
    ),
    button('Copy citation', { action: 'cite', factId: fact.id }),
    ...(visibility === 'private'
      ? [button('Share in channel', { action: 'share', factId: fact.id }, ButtonStyle.Primary)]
      : []),
  ];
}

/** One fact with its buttons: the answer to a question, a picked alternative, or a lookup. */
export function renderFact(
  fact: Fact,
  base: FactBase,
  visibility: Visibility,
  content?: string,
): MessageBody {
  return messageBody({
    visibility,
    content,
    embeds: [factEmbed(fact, base)],
    buttons: factButtons(fact, visibility),
  });
}

export function renderAnswer(answer: Answer, base: FactBase, visibility: Visibility): MessageBody {
  const asked = `Question: ${truncate(escapeUserText(answer.query), 300)}`;
  if (!answer.fact) return renderDecline(answer, visibility);
  // A fact a later source changed is answered with its newest version, which shows the older one.
  const fact = newestVersion(answer.fact, base);
  if (answer.alternatives.length === 0) return renderFact(fact, base, visibility, asked);
  const alternatives = answer.alternatives.map((alt) =>
    button(
      `Other answer: ${alt.questions[0] ?? alt.statement}`,
      { action: 'fact', factId: alt.id },
      ButtonStyle.Primary,
    ),
  );
  return messageBody({
    visibility,
    content: `${asked}\nTwo facts answer this almost equally well, so factdesk shows the first and offers the other.`,
    embeds: [factEmbed(fact, base)],
    buttons: [...factButtons(fact, visibility), ...alternatives],
  });
}

export function renderDecline(answer: Answer, visibility: Visibility): MessageBody {
  const embed: APIEmbed = {
    title: 'Not in the sourced record',
    description:
      'factdesk answers only from facts curated from its sources, and none of them answers this. ' +
      'It does not guess.\n\n' +
      `You asked: ${truncate(escapeUserText(answer.query), 1000) || '(nothing)'}`,
    color: 0x9ca3af,
    ...(answer.closest.length > 0
      ? {
          fields: [
            {
              name: 'Topics it does cover',
              value: answer.closest.map((f) => `• ${f.questions[0] ?? f.statement}`).join('\n'),
            },
          ],
        }
      : {}),
  };
  return messageBody({
    visibility,
    embeds: [embed],
    buttons: answer.closest.map((f) =>
      button(f.questions[0] ?? f.statement, { action: 'fact', factId: f.id }),
    ),
  });
}

/** Bolds the quoted parts of a paragraph so a reader sees what the fact rests on. */
function markQuotes(text: string, quotes: readonly string[]): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const spans = quotes
    .flatMap((q) => locateQuote(folded, q) ?? [])
    .sort((a, b) => a.start - b.start)
    .filter((span, i, all) => i === 0 || span.start >= (all[i - 1]?.end ?? 0));
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += `${folded.slice(cursor, span.start)}**${folded.slice(span.start, span.end)}**`;
    cursor = span.end;
  }
  return out + folded.slice(cursor);
}

/** A source paragraph with its citation; the quotes of `fact`, when given, in bold. */
export function renderParagraph(
  source: Source,
  n: number,
  base: FactBase,
  visibility: Visibility,
  fact?: Fact,
): MessageBody {
  const paragraph = source.paragraphs.find((p) => p.n === n);
  const view = sourceView(source);
  const counted = paragraphNote(source, n);
  const quotes =
    fact?.quotes.filter((q) => q.source === source.id && q.paragraph === n).map((q) => q.text) ?? [];
  return messageBody({
    visibility: visibility,
    embeds: [
      {
        title: truncate(`¶${n} · ${view.name}`, LIMITS.embedTitle),
        description: paragraph ? markQuotes(paragraph.text, quotes) : '(missing paragraph)',
        color: 0x14b8a6,
        fields: [
          { name: 'Outlet', value: view.outlet, inline: true },
          { name: 'Reported', value: view.reported, inline: true },
          ...(counted ? [{ name: `Paragraph ${n}`, value: counted }] : []),
          {
            name: 'Cite as',
            value: truncate(
              `${describeSource(source)}; ${citeParagraph(source, n)}${view.url ? `; ${view.url}` : ''}`,
              1024,
            ),
          },
        ],
        footer: { text: fact ? footerText(fact, base) : `source ${source.id} · fact base ${base.version}` },
      },
    ],
  });
}

/** The paragraphs a fact quotes, in order. */
export function renderFactSource(fact: Fact, base: FactBase, visibility: Visibility): MessageBody {
  const source = sourceOf(fact, base);
  const numbers = [...new Set(fact.quotes.filter((q) => q.source === source.id).map((q) => q.paragraph))];
  const bodies = numbers.map((n) => renderParagraph(source, n, base, visibility, fact));
  return messageBody({
    visibility,
    embeds: bodies.flatMap((b) => b.embeds ?? []).slice(0, 4),
  });
}

export function renderRelated(fact: Fact, base: FactBase): MessageBody {
  const related = fact.related.flatMap((id) => base.facts.find((f) => f.id === id) ?? []).slice(0, 10);
  return messageBody({
    visibility: 'private',
    embeds: [
      {
        title: 'Related facts',
        description: `Facts related to: ${truncate(fact.statement, 300)}`,
        fields: related.map((r) => ({
          name: truncate(r.questions[0] ?? r.id, 256),
          value: `${r.statement}\n¶${r.quotes[0]?.paragraph} · \`${r.id}\``,
        })),
        footer: { text: `fact base ${base.version}` },
      },
    ],
    buttons: related.map((r) => button(r.questions[0] ?? r.statement, { action: 'fact', factId: r.id })),
  });
}

/**
 * The citation as the message's whole content, in plain text on one line, so "Copy Text" copies exactly
 * the citation; buttons give it in the other styles.
 */
export function renderCitation(fact: Fact, base: FactBase, style: CitationStyle = 'standard'): MessageBody {
  return messageBody({
    visibility: 'private',
    content: truncate(formatCitation(fact, base, style), LIMITS.content),
    buttons: CITATION_STYLES.filter((other) => other !== style).map((other) =>
      button(
        PROVENANCE.citationStyles[other],
        { action: 'cite', factId: fact.id, style: other },
        ButtonStyle.Secondary,
      ),
    ),
  });
}

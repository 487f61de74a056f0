// Replies about single facts, in the reader's locale: the answer to a question (or the honest decline), the
// source paragraph, the related facts and the ready-to-paste citation.
import { ButtonStyle, type APIButtonComponent } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { Fact, Source } from '../../facts/schema.js';
import { locateQuote } from '../../facts/text.js';
import type { Answer } from '../../search/engine.js';
import { newestAnswer } from '../../facts/supersede.js';
import type { ReplyLocale } from '../../locale.js';
import { catalogFor, type LookupKind } from '../../messages.js';
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
import { answerLead } from '../answerLead.js';
import { factTitle, questionOf, statementOf } from '../localize.js';
import { factEmbed, footerText } from './factEmbed.js';
import { escapeUserText, LIMITS, truncate } from './limits.js';
import { button, messageBody, type MessageBody, type Visibility } from './message.js';

function factButtons(fact: Fact, visibility: Visibility, locale: ReplyLocale): APIButtonComponent[] {
  const { TEXT } = catalogFor(locale);
  const [first] = fact.quotes;
  return [
    button(TEXT.sourceButton(first?.paragraph ?? ''), { action: 'source', factId: fact.id }),
    button(
      TEXT.relatedButton,
      { action: 'related', factId: fact.id },
      ButtonStyle.Secondary,
      fact.related.length === 0,
    ),
    button(TEXT.citeButton, { action: 'cite', factId: fact.id }),
    ...(visibility === 'private'
      ? [button(TEXT.shareButton, { action: 'share', factId: fact.id }, ButtonStyle.Primary)]
      : []),
  ];
}

/** One fact with its buttons: the answer to a question, a picked alternative, or a lookup. */
export function renderFact(
  fact: Fact,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
  content?: string,
): MessageBody {
  return messageBody({
    visibility,
    content,
    embeds: [factEmbed(fact, base, locale)],
    buttons: factButtons(fact, visibility, locale),
  });
}

/** Where the question came from: typed to /ask, or a chat message someone else may have written. */
export type Asked = 'question' | 'message';

export function renderAnswer(
  asAnswered: Answer,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
  asked: Asked = 'question',
): MessageBody {
  const { TEXT } = catalogFor(locale);
  // A fact a later source changed is answered with its newest version, which shows the older one.
  const answer = newestAnswer(asAnswered, base);
  const text = truncate(escapeUserText(answer.query), 300);
  const header = asked === 'question' ? TEXT.question(text) : TEXT.fromMessage(text);
  const lead = answerLead(answer, locale);
  // A detail the record does not give is said so, above the fact that mentions the subject.
  const fact = answer.fact ?? answer.context;
  if (!fact) return renderDecline(answer, visibility, locale, asked);
  const content = [header, ...(lead ? [lead] : [])];
  if (answer.alternatives.length === 0) return renderFact(fact, base, visibility, locale, content.join('\n'));
  const alternatives = answer.alternatives.map((alt) =>
    button(
      TEXT.otherAnswer(questionOf(alt, locale)),
      { action: 'fact', factId: alt.id },
      ButtonStyle.Primary,
    ),
  );
  return messageBody({
    visibility,
    content: [...content, TEXT.twoAnswers].join('\n'),
    embeds: [factEmbed(fact, base, locale)],
    buttons: [...factButtons(fact, visibility, locale), ...alternatives],
  });
}

/**
 * The honest decline: what was asked, that the record does not answer it (or why factdesk will not, for an
 * opinion or a prediction), and topics it does cover.
 */
export function renderDecline(
  answer: Answer,
  visibility: Visibility,
  locale: ReplyLocale,
  asked: Asked = 'question',
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const text = truncate(escapeUserText(answer.query), 1000) || '(…)';
  const lines = [
    answerLead(answer, locale) ?? TEXT.declineBody,
    '',
    asked === 'question' ? TEXT.declineAsked(text) : TEXT.declineMessage(text),
  ];
  // The topics are the buttons: listing them in the embed too would say everything twice.
  if (answer.closest.length > 0) lines.push('', TEXT.declineTopics);
  return messageBody({
    visibility,
    embeds: [{ title: TEXT.declineTitle, description: lines.join('\n'), color: 0x9ca3af }],
    buttons: answer.closest.map((f) => button(questionOf(f, locale), { action: 'fact', factId: f.id })),
  });
}

/** Typed text that matches several facts of the kind a lookup shows: the user picks one. */
export function renderPickList(
  kind: LookupKind,
  text: string,
  facts: readonly Fact[],
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  return messageBody({
    visibility,
    content: TEXT.pickOne(kind, truncate(escapeUserText(text), 100)),
    embeds: [
      {
        description: facts.map((f) => `• **${factTitle(f, locale)}**: ${statementOf(f, locale)}`).join('\n'),
        color: 0x9ca3af,
      },
    ],
    buttons: facts.map((f) =>
      button(factTitle(f, locale), { action: 'fact', factId: f.id }, ButtonStyle.Primary),
    ),
  });
}

/** Typed text the record answers, but with a fact of another kind than the lookup shows: said plainly. */
export function renderOtherKind(
  kind: LookupKind,
  text: string,
  fact: Fact,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  return renderFact(
    fact,
    base,
    visibility,
    locale,
    TEXT.otherKind(kind, truncate(escapeUserText(text), 100)),
  );
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
  locale: ReplyLocale,
  fact?: Fact,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const paragraph = source.paragraphs.find((p) => p.n === n);
  const view = sourceView(source, locale);
  const counted = paragraphNote(source, n, locale);
  const quotes =
    fact?.quotes.filter((q) => q.source === source.id && q.paragraph === n).map((q) => q.text) ?? [];
  return messageBody({
    visibility: visibility,
    embeds: [
      {
        title: truncate(`¶${n} · ${view.name}`, LIMITS.embedTitle),
        description: paragraph
          ? `${TEXT.paragraphLabel ? `_${TEXT.paragraphLabel}:_\n` : ''}${markQuotes(paragraph.text, quotes)}`
          : TEXT.missingParagraph,
        color: 0x14b8a6,
        fields: [
          { name: TEXT.outlet, value: view.outlet, inline: true },
          { name: TEXT.reported, value: view.reported, inline: true },
          ...(counted ? [{ name: TEXT.paragraphN(n), value: counted }] : []),
          {
            name: TEXT.citeAs,
            value: truncate(
              `${describeSource(source, locale)}; ${citeParagraph(source, n, locale)}${view.url ? `; ${view.url}` : ''}`,
              1024,
            ),
          },
        ],
        footer: {
          text: fact
            ? footerText(fact, base, locale)
            : `${TEXT.sourceFooter(source.id)} · ${TEXT.factBase(base.version)}`,
        },
      },
    ],
  });
}

/** The paragraphs a fact quotes, in order. */
export function renderFactSource(
  fact: Fact,
  base: FactBase,
  visibility: Visibility,
  locale: ReplyLocale,
): MessageBody {
  const { PROVENANCE } = catalogFor(locale);
  const source = sourceOf(fact, base);
  const numbers = [...new Set(fact.quotes.filter((q) => q.source === source.id).map((q) => q.paragraph))];
  const bodies = numbers.map((n) => renderParagraph(source, n, base, visibility, locale, fact));
  // The whole history, as a newsroom's corrections box: every change, dated, oldest first.
  const history =
    fact.corrections.length > 0
      ? [
          {
            title: PROVENANCE.corrections,
            description: fact.corrections.map((c) => PROVENANCE.correctedOn(c.date, c.note)).join('\n'),
          },
        ]
      : [];
  return messageBody({
    visibility,
    embeds: [...bodies.flatMap((b) => b.embeds ?? []).slice(0, 4), ...history],
  });
}

export function renderRelated(fact: Fact, base: FactBase, locale: ReplyLocale): MessageBody {
  const { TEXT } = catalogFor(locale);
  const related = fact.related.flatMap((id) => base.facts.find((f) => f.id === id) ?? []).slice(0, 10);
  return messageBody({
    visibility: 'private',
    embeds: [
      {
        title: TEXT.relatedTitle,
        description: TEXT.relatedTo(truncate(statementOf(fact, locale), 300)),
        fields: related.map((r) => ({
          name: truncate(questionOf(r, locale), 256),
          value: `${statementOf(r, locale)}\n¶${r.quotes[0]?.paragraph} · \`${r.id}\``,
        })),
        footer: { text: TEXT.factBase(base.version) },
      },
    ],
    buttons: related.map((r) => button(questionOf(r, locale), { action: 'fact', factId: r.id })),
  });
}

/**
 * The citation as the message's whole content, in plain text on one line, so "Copy Text" copies exactly
 * the citation (in English, as every citation is); buttons give it in the other styles.
 */
export function renderCitation(
  fact: Fact,
  base: FactBase,
  locale: ReplyLocale,
  style: CitationStyle = 'standard',
): MessageBody {
  const { PROVENANCE } = catalogFor(locale);
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

import { describe, expect, it } from 'vitest';
import { buildFactBase, type FactBase } from '../../src/facts/load.js';
import { REPLY_LOCALES } from '../../src/locale.js';
import {
  renderAnswer,
  renderCitation,
  renderFactSource,
  renderRelated,
} from '../../src/render/discord/answer.js';
import {
  renderActors,
  renderFigures,
  renderPolicies,
  renderPositions,
  renderSummary,
  renderTimeline,
} from '../../src/render/discord/lists.js';
import type { MessageBody } from '../../src/render/discord/message.js';
import type { Answer } from '../../src/search/engine.js';
import { positionFacts } from '../../commands/positions.js';
import { checkDiscordLimits, validateInteractionCallback } from '../support/discordSpec.js';

/** A base built to strain every limit: 40 facts with the longest text the schema allows. */
function hugeBase(): FactBase {
  const sentence = (i: number) =>
    `Sentence ${i} says something long about border policy and the talks ${'and more detail '.repeat(50)}end.`;
  const paragraphs = Array.from({ length: 40 }, (_, i) => ({
    n: i + 1,
    text: `${sentence(i)} ${sentence(i + 100)}`,
  }));
  const facts = paragraphs.map((p, i) => ({
    id: `fact-${i}`,
    kind: (['policy', 'figure', 'event', 'position', 'actor', 'context', 'sourcing'] as const)[i % 7],
    statement: `Statement ${i} ${'x'.repeat(380)}`,
    quotes: [sentence(i), sentence(i + 100)].map((text) => ({
      source: 'long',
      paragraph: p.n,
      text: text.slice(0, 1000),
    })),
    attribution: 'a very long attribution '.repeat(8),
    dates: [{ value: '2023-12', precision: 'month', part: 'late' }],
    figures: [{ value: i, unit: 'long unit name '.repeat(3).trim(), period: 'month', asWritten: String(i) }],
    side: 'us',
    actors: i % 7 === 4 ? [`actor-${i}`] : [],
    aliases: [`Alias ${i} ${'y'.repeat(90)}`],
    questions: [`Question ${i} ${'z'.repeat(150)}?`, `Another question ${i}?`],
    related: Array.from({ length: 30 }, (_, j) => `fact-${(i + j + 1) % 40}`),
  }));
  const result = buildFactBase({
    sources: [
      {
        path: 'long.json',
        text: JSON.stringify({
          id: 'long',
          title: 'T'.repeat(200),
          outlet: 'O'.repeat(100),
          reported: { value: '2024-01', precision: 'month' },
          paragraphs,
        }),
      },
    ],
    facts: [{ path: 'facts.json', text: JSON.stringify({ facts }) }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.base;
}

function expectAccepted(body: MessageBody) {
  const response = { type: 4, data: body };
  expect(validateInteractionCallback(response)).toEqual([]);
  expect(checkDiscordLimits(response)).toEqual([]);
}

describe.each(REPLY_LOCALES)(
  'replies in %s stay within Discord’s limits however long the facts are',
  (locale) => {
    const base = hugeBase();
    const fact = base.facts[0];
    if (!fact) throw new Error('no fact');

    it('for answers, citations, sources and related facts', () => {
      const answer: Answer = {
        query: 'q'.repeat(500),
        answered: true,
        confidence: 1,
        fact,
        alternatives: [base.facts[1]!],
        related: base.facts.slice(2, 5),
        closest: [],
        kind: 'answer',
        language: 'en',
      };
      expectAccepted(renderAnswer(answer, base, 'private', locale));
      const declined = { ...answer, answered: false, fact: null, alternatives: [], related: [] };
      expectAccepted(
        renderAnswer(
          { ...declined, kind: 'decline', closest: base.facts.slice(0, 3) },
          base,
          'public',
          locale,
        ),
      );
      expectAccepted(
        renderAnswer(
          { ...declined, kind: 'not-given', context: fact, missing: 'figure' },
          base,
          'private',
          locale,
        ),
      );
      expectAccepted(renderCitation(fact, base, locale));
      expectAccepted(renderFactSource(fact, base, 'private', locale));
      expectAccepted(renderRelated(fact, base, locale));
    });

    it('for every list, on every page', () => {
      for (let page = 0; page < 6; page++) {
        expectAccepted(renderPolicies(base, page, 'private', locale));
        expectAccepted(renderFigures(base, page, 'private', locale));
        expectAccepted(renderTimeline(base, {}, page, 'private', locale));
        expectAccepted(renderActors(base, page, 'private', locale));
        expectAccepted(renderPositions(base, positionFacts(base), 'us', page, 'private', locale));
      }
      expectAccepted(renderPositions(base, positionFacts(base), undefined, 0, 'public', locale));
      const date = { value: '2023-12', precision: 'month', part: 'late', approximate: false } as const;
      const lines = base.facts.slice(0, 20).map((fact) => ({ fact, date }));
      expectAccepted(
        renderSummary(
          {
            topic: null,
            matched: base.facts.slice(0, 30),
            sections: [
              { key: 'usAsks', lines, omitted: 4, seeAll: 'positions' },
              { lines, omitted: 0 },
            ],
            missing: [],
          },
          base,
          locale,
        ),
      );
    });

    it('pages long lists instead of cutting them', () => {
      const first = renderTimeline(base, {}, 0, 'private', locale);
      expect(first.embeds[0]?.footer?.text).toMatch(/^(page|página) 1 (of|de) 5/);
      expect(first.components[0]?.components).toHaveLength(2);
    });
  },
);

// Which facts a /summary posts for a topic: the curated overview, one kind of fact, the timeline, each
// side's positions, or the facts the engine says answer a topic in the moderator's words. Long sections are
// cut to a short post, and the cut is part of the plan so the post can say so and where to see the rest.
import type { FactBase } from '../facts/load.js';
import type { DateRef, Fact } from '../facts/schema.js';
import type { Catalog } from '../messages.js';
import type { Engine } from '../search/engine.js';
import { timelineEvents } from '../render/timeline.js';
import { SUMMARY_LIST, sectionFacts, type SummaryList, type SummarySection } from './summaryList.js';

/** Topics with a fixed meaning; any other text is a topic in the moderator's words. */
export const NAMED_TOPICS = ['overview', 'policies', 'figures', 'timeline', 'positions', 'who'] as const;
export type NamedTopic = (typeof NAMED_TOPICS)[number];

/** Lines a section holds at most: a summary is a short post, not a dump of the base. */
export const MAX_SECTION_LINES = 8;

export type SectionKey = SummarySection | 'shared';

/** One bullet: a fact, led by its date on the timeline. */
export interface SummaryLine {
  fact: Fact;
  date?: DateRef;
}

/** The command that shows all of a section, by its key in the catalogs' `seeAll`. */
export type SeeAll = keyof Catalog['TEXT']['seeAll'];

export interface SummarySectionPlan {
  /** The section's heading; none when the summary is one list. */
  key?: SectionKey;
  lines: SummaryLine[];
  /** Lines left out to keep the post short, and the command that shows them all. */
  omitted: number;
  seeAll?: SeeAll;
}

export interface SummaryPlan {
  /** The named topic, or null for a topic in the moderator's words. */
  topic: NamedTopic | null;
  /** For a topic in the moderator's words: the facts the engine matched, which name the summary. */
  matched: Fact[];
  sections: SummarySectionPlan[];
  /** Ids in data/summary.json that the loaded fact base lacks, for the moderator to see before posting. */
  missing: string[];
}

export function namedTopic(text: string): NamedTopic | undefined {
  const folded = text.trim().toLowerCase();
  return NAMED_TOPICS.find((t) => t === folded);
}

function section(
  lines: SummaryLine[],
  seeAll: SeeAll | undefined,
  key?: SectionKey,
  max = MAX_SECTION_LINES,
): SummarySectionPlan {
  return {
    ...(key ? { key } : {}),
    lines: lines.slice(0, max),
    omitted: Math.max(0, lines.length - max),
    ...(seeAll ? { seeAll } : {}),
  };
}

const asLines = (facts: readonly Fact[]): SummaryLine[] => facts.map((fact) => ({ fact }));

/** The facts a side stands for: its positions, then the curated asks filed under other kinds. */
export function sideFacts(base: FactBase, side: 'us' | 'mexico', list: SummaryList = SUMMARY_LIST): Fact[] {
  const asks = sectionFacts(list, side === 'us' ? 'usAsks' : 'mexicoAsks')
    .flatMap((id) => base.facts.find((f) => f.id === id) ?? [])
    .filter((f) => f.kind !== 'position');
  return [...base.facts.filter((f) => f.kind === 'position' && f.side === side), ...asks];
}

function overview(base: FactBase, list: SummaryList): { sections: SummarySectionPlan[]; missing: string[] } {
  const missing: string[] = [];
  const sections = list.overview.map((entry) => {
    const facts = entry.facts.flatMap((id) => {
      const fact = base.facts.find((f) => f.id === id);
      if (!fact) missing.push(id);
      return fact ?? [];
    });
    // The list is curated to be short: it is never cut.
    return section(asLines(facts), undefined, entry.section, Infinity);
  });
  return { sections: sections.filter((s) => s.lines.length > 0), missing };
}

/**
 * The plan for a topic, or null when a topic in the moderator's words matches nothing the engine would
 * answer with: loose neighbours are not a summary.
 */
export async function planSummary(
  engine: Engine,
  text: string,
  list: SummaryList = SUMMARY_LIST,
): Promise<SummaryPlan | null> {
  const { base } = engine;
  const topic = namedTopic(text);
  const plan = (sections: SummarySectionPlan[], missing: string[] = []): SummaryPlan => ({
    topic: topic ?? null,
    matched: [],
    sections,
    missing,
  });
  switch (topic) {
    case 'overview': {
      const { sections, missing } = overview(base, list);
      return plan(sections, missing);
    }
    case 'policies':
      return plan([section(asLines(base.facts.filter((f) => f.kind === 'policy')), 'policies')]);
    case 'figures':
      return plan([section(asLines(base.facts.filter((f) => f.kind === 'figure')), 'figures')]);
    case 'who':
      return plan([section(asLines(base.facts.filter((f) => f.kind === 'actor')), 'who')]);
    case 'timeline':
      return plan([
        section(
          timelineEvents(base, {}).map((e) => ({ fact: e.fact, date: e.date })),
          'timeline',
        ),
      ]);
    case 'positions':
      return plan([
        section(asLines(sideFacts(base, 'us', list)), 'us', 'usAsks'),
        section(asLines(sideFacts(base, 'mexico', list)), 'mexico', 'mexicoAsks'),
        section(
          asLines(base.facts.filter((f) => f.kind === 'position' && f.side === 'both')),
          'positions',
          'shared',
        ),
      ]);
    case undefined: {
      const answer = await engine.answer(text);
      if (!answer.answered || !answer.fact) return null;
      const matched = [answer.fact, ...answer.alternatives];
      return { topic: null, matched, sections: [section(asLines(matched), undefined)], missing: [] };
    }
  }
}

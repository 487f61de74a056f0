// The moderators' curation views: /gaps (what the record could not answer, what users flagged) and
// /stats (questions, outcomes, feedback and top facts). Always private: they are for the moderator.
import type { APIEmbedField } from 'discord-api-types/v10';
import type { FactBase } from '../../facts/load.js';
import type { GapGroup } from '../../curation/gaps.js';
import type { Stats } from '../../store/store.js';
import type { ReplyLocale } from '../../locale.js';
import { catalogFor } from '../../messages.js';
import { escapeUserText, truncate } from './limits.js';
import { messageBody, type MessageBody } from './message.js';

/** Groups shown per section: the ten biggest are what a moderator can act on in one sitting. */
const GROUPS_SHOWN = 10;

const day = (date: Date) => date.toISOString().slice(0, 10);
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);

function factName(base: FactBase, factId: string | null): string {
  if (!factId) return '';
  const fact = base.facts.find((f) => f.id === factId);
  return fact ? `${truncate(fact.questions[0] ?? fact.id, 80)} (\`${fact.id}\`)` : `\`${factId}\``;
}

function gapField(group: GapGroup, base: FactBase, locale: ReplyLocale): APIEmbedField {
  const { CURATION_TEXT } = catalogFor(locale);
  const [first, ...others] = group.questions.map((q) => `“${escapeUserText(truncate(q, 120))}”`);
  const lines = [
    CURATION_TEXT.seen(group.count, day(group.firstSeen), day(group.lastSeen)),
    ...(others.length > 0
      ? [CURATION_TEXT.also(`${others.slice(0, 2).join(', ')}${others.length > 2 ? ', …' : ''}`)]
      : []),
    group.kind === 'flagged'
      ? CURATION_TEXT.flaggedFact(factName(base, group.factId))
      : group.factId
        ? CURATION_TEXT.closestFact(factName(base, group.factId))
        : CURATION_TEXT.noFactClose,
    ...group.notes.slice(0, 2).map((n) => CURATION_TEXT.reason(escapeUserText(truncate(n, 120)))),
  ];
  return { name: truncate(`#${group.id} ${first ?? ''}`, 256), value: lines.join('\n') };
}

export function renderGaps(groups: readonly GapGroup[], base: FactBase, locale: ReplyLocale): MessageBody {
  const { CURATION_TEXT } = catalogFor(locale);
  const unanswered = groups.filter((g) => g.kind === 'unanswered').slice(0, GROUPS_SHOWN);
  const flagged = groups.filter((g) => g.kind === 'flagged').slice(0, GROUPS_SHOWN);
  return messageBody({
    visibility: 'private',
    embeds: [
      {
        title: CURATION_TEXT.unansweredTitle,
        description: unanswered.length === 0 ? CURATION_TEXT.noneOpen : CURATION_TEXT.gapsHelp,
        color: 0x9ca3af,
        fields: unanswered.map((g) => gapField(g, base, locale)),
      },
      {
        title: CURATION_TEXT.flaggedTitle,
        description: flagged.length === 0 ? CURATION_TEXT.noneOpen : undefined,
        color: 0xef4444,
        fields: flagged.map((g) => gapField(g, base, locale)),
      },
    ],
  });
}

/** The same figures for the moderator (one server) and the operator's `npm run stats` (all of them). */
export function statsLines(stats: Stats, base: FactBase, locale: ReplyLocale): string[] {
  const { CURATION_TEXT } = catalogFor(locale);
  const votes = stats.votes.helpful + stats.votes.unhelpful + stats.votes.wrong;
  return [
    CURATION_TEXT.asked(stats.asked),
    CURATION_TEXT.answered(stats.answered, percent(stats.answered, stats.asked)),
    CURATION_TEXT.declined(stats.declined, percent(stats.declined, stats.asked)),
    CURATION_TEXT.feedback(
      votes,
      stats.answered,
      percent(votes, stats.answered),
      stats.votes.helpful,
      stats.votes.unhelpful,
      stats.votes.wrong,
    ),
    CURATION_TEXT.topFacts,
    ...(stats.topFacts.length === 0
      ? [`  ${CURATION_TEXT.noneYet}`]
      : stats.topFacts.map((t) => `  ${t.count}× ${factName(base, t.factId)}`)),
  ];
}

export function renderStats(stats: Stats, base: FactBase, locale: ReplyLocale): MessageBody {
  const { CURATION_TEXT } = catalogFor(locale);
  return messageBody({
    visibility: 'private',
    embeds: [
      {
        title: CURATION_TEXT.statsTitle(stats.days),
        description: statsLines(stats, base, locale).join('\n'),
        color: 0x3b82f6,
      },
    ],
  });
}

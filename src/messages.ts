// Every message factdesk shows a user when something cannot be done, in one place so tests import the same
// text and translations can later replace it whole. UserError carries one to the router, which shows it
// privately; anything else a user sees is the generic failure, never a stack trace.

import { escapeUserText, truncate } from './render/discord/limits.js';

/** User text echoed in a message: cut short, markdown and mentions neutralised. */
const echo = (text: string) => escapeUserText(truncate(text, 100));

export const MESSAGES = {
  unexpected:
    'Something went wrong on factdesk’s side while answering. It has been logged; please try again.',
  unknownCommand:
    'factdesk does not know that command. It may have been removed: ask a moderator to redeploy commands.',
  unknownButton: 'That button no longer works: the fact base may have changed since it was shown. Ask again.',
  unknownFact: (id: string) => `There is no fact “${echo(id)}” in the current fact base.`,
  unknownParagraph: (n: number, source: string) => `The source ${source} has no paragraph ${n}.`,
  unknownSource: (id: string) => `There is no source document “${echo(id)}”.`,
  noTopic: (topic: string, topics: readonly string[]) =>
    `No sourced facts match “${echo(topic)}”. Try one of: ${topics.join(', ')}.`,
  badDate: (option: string) => `“${option}” must be a date like 2023, 2023-12 or 2023-12-30.`,
  dateOrder: 'The “from” date must not be after the “to” date.',
  unknownSide: 'The side must be us, mexico or both.',
  sourceNeedsTarget: 'Give a fact or a paragraph number to show its source.',
  summaryNeedsPermission: 'Posting summaries needs the Manage Messages permission in this server.',
  summaryGuildOnly: 'Summaries are posted to server channels, so /summary works only in a server.',
  cannotPost: (channel: string, reason: string) => `factdesk cannot post in <#${channel}>: ${reason}`,
  posted: (channel: string) => `Summary posted in <#${channel}>.`,
  emptyMessage: 'That message has no text to look up.',
  cooldown: (seconds: number) =>
    `You can share another answer publicly in ${seconds} s. Private answers are not limited: ask again without sharing.`,
  summaryCooldown: (seconds: number) => `You can post another summary in ${seconds} s.`,
  reloadOwnersOnly: 'Only the bot’s owners can reload the fact base.',
  reloaded: (version: string, facts: number) => `Fact base reloaded: version ${version}, ${facts} facts.`,
  reloadRefused: (problems: string) =>
    `The new fact base was refused; the bot keeps serving the last good one.\n${problems}`,
  feedbackThanks: 'Thanks: your feedback on this answer is recorded (anonymously, for the curators).',
  wrongFactThanks:
    'Thanks: the curators will check this fact. Your report holds the question and your reason, never who you are.',
  feedbackAlreadyGiven: 'You have already given feedback on this answer.',
  feedbackBusy: 'This server has sent a lot of feedback in the last minute. Please try again in a minute.',
  feedbackUnavailable:
    'Feedback cannot be recorded right now (the bot’s database is unavailable). Answers still work; please try later.',
  storeUnavailable:
    'The bot’s database is unavailable right now, so this cannot be shown or changed. Answers still work; please try later.',
  curationGuildOnly: 'This works only in a server: each server has its own questions, feedback and settings.',
  gapsNeedsPermission: '/gaps needs the Manage Messages permission in this server.',
  statsNeedsPermission: '/stats needs the Manage Messages permission in this server.',
  settingsNeedsPermission: '/settings needs the Manage Server permission in this server.',
  gapNotFound: (id: number) => `There is no open entry #${id} in this server’s /gaps.`,
  gapDismissed: (count: number) => `Dismissed ${count} question(s).`,
  gapAnswered: (count: number, factId: string) =>
    `Recorded ${count} question(s) as phrasings of \`${factId}\` for the curators to review.`,
} as const;

/** A failure the user should see, with a message from MESSAGES. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * How replies and citations describe provenance. A curator's label or inference is always marked as such,
 * so nothing is shown as the publisher's words that the publisher did not print.
 */
export const PROVENANCE = {
  outletNotStated: (note?: string) => `not stated in the copy${note ? `; ${note}` : ''}`,
  untitled: (label?: string) => (label ? `untitled; curator's label: ${label}` : 'untitled document'),
  dateNotStated: 'date not stated',
  /** Where ¶n stands in the copy as received, when repeated paragraphs were stored once. */
  paragraphCounted: (received: readonly number[]) =>
    `counted in the de-duplicated copy; ${received.length > 1 ? 'paragraphs' : 'paragraph'} ${received.join(' and ')} of the copy as received`,
  /** One line for a reply that shows paragraph numbers of a copy whose repeated paragraphs were stored once. */
  paragraphMapping: (entries: readonly { n: number; received: readonly number[] }[]) =>
    `¶ numbers count the de-duplicated copy; in the copy as received, ${entries
      .map(
        ({ n, received }) =>
          `¶${n} is ${received.length > 1 ? 'paragraphs' : 'paragraph'} ${received.join(' and ')}`,
      )
      .join(', ')}.`,
  paragraphNumbers: 'Paragraph numbers',
  curatorNote: 'Curator’s note',
  earlierReported: 'Earlier reported',
  earlierReportedLine: (statement: string, reported: string) => `${statement} (reported ${reported})`,
  citationStyles: { standard: 'Standard', apa: 'APA', chicago: 'Chicago' },
} as const;

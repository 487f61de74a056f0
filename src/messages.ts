// The English catalog: every message factdesk shows a user when something cannot be done, and the words of
// its replies. The Spanish catalog (messages.es.ts) has the same keys, checked by the type `Catalog`;
// renderers take the catalog of the reader's locale from `catalogFor`. UserError names a message by its key,
// so the router shows it privately in the reader's language; anything else a user sees is the generic
// failure, never a stack trace.

import { languageOf, plural, type ReplyLocale } from './locale.js';
import { SPANISH } from './messages.es.js';
import type { MissingDetail } from './search/respond.js';
import { escapeUserText, truncate } from './render/discord/limits.js';

/** The options of /settings, each refused with its own message. */
export type SettingOption =
  'visibility' | 'summary_channel' | 'cooldown_public' | 'cooldown_summary' | 'language' | 'reset';

/** What a lookup option names: the kinds of fact /policies, /figures, /who and /source look up. */
export type LookupKind = 'policy' | 'figure' | 'actor' | 'fact';

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
  notARealDate: (option: string, value: string) =>
    `“${option}” is not a real date: ${value} does not exist on the calendar.`,
  badOption: (name: string) =>
    `The option “${echo(name)}” is not one this command takes, or has the wrong kind of value. Commands may have changed: run it again from the command list.`,
  noLookupMatch: (kind: LookupKind, text: string) =>
    `Nothing in the record matches “${echo(text)}” as a ${TEXT.lookupKinds[kind]}. It answers only from its sourced facts.`,
  dateOrder: 'The “from” date must not be after the “to” date.',
  unknownSide: 'The side must be us, mexico or both.',
  sourceNeedsTarget: 'Give a fact or a paragraph number to show its source.',
  summaryNotYours: 'Only the moderator who asked for this summary can post, update or cancel it.',
  summaryCancelled: 'Cancelled: nothing was posted.',
  summaryUpdated: (channel: string) => `Summary updated in place in <#${channel}>.`,
  postGone: 'That message is gone or is not one factdesk posted, so it cannot be updated. Post a new one.',
  badMessageLink: (text: string) =>
    `“${echo(text)}” is not a link to a message (right-click the summary → Copy Message Link) or a message id.`,
  summaryNeedsPermission: 'Posting summaries needs the Manage Messages permission in this server.',
  summaryGuildOnly: 'Summaries are posted to server channels, so /summary works only in a server.',
  cannotPost: (channel: string) =>
    `factdesk cannot post in <#${channel}>: it needs View Channels, Send Messages and Embed Links there.`,
  posted: (channel: string) =>
    `Summary posted in <#${channel}>. When the fact base changes, press “Update post” or run /summary update: with a link to it.`,
  summaryNeedsToken:
    'This factdesk answers over HTTP without a bot token, so it cannot post summaries. Ask its operator to set DISCORD_TOKEN.',
  emptyMessage: 'That message has no text to look up.',
  cooldown: (seconds: number) =>
    `You can share another answer publicly in ${seconds} s. Private answers are not limited: ask again without sharing.`,
  summaryCooldown: (seconds: number) => `You can post another summary in ${seconds} s.`,
  reloadOwnersOnly: 'Only the bot’s owners can reload the fact base.',
  reloaded: (version: string, facts: number) => `Fact base reloaded: version ${version}, ${facts} facts.`,
  uncorrected: (factId: string) =>
    `Warning: the statement of “${factId}” changed without a new entry in its corrections list. Add one (date and what changed) so readers see it.`,
  reloadRefused: (problems: string) =>
    `The new fact base was refused; the bot keeps serving the last good one.\n${problems}`,
  leadCorrection: (recorded: string) => `No — the record says ${recorded}.`,
  leadConfirmation: (recorded: string) => `Yes — the record says ${recorded}.`,
  leadAsOf: (reported: string) =>
    `As of ${reported}, when this was reported — the record does not say what holds today:`,
  leadNotGiven: (missing: MissingDetail) =>
    `The record mentions this but does not give ${
      {
        figure: 'that number',
        amount: 'an amount',
        date: 'a date',
        day: 'the exact day',
        name: 'a name',
        city: 'a city',
        duration: 'a length of time',
        reason: 'a reason',
        detail: 'that detail',
      }[missing]
    }. What it does say:`,
  leadOpinion: 'factdesk reports what its sources said; it has no opinion of its own to give.',
  leadPrediction: 'The record reports what was said in early 2024; it does not predict what will happen.',
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
  settingsUnavailable:
    'The bot’s database is unavailable, so settings cannot be changed right now; every server runs on the deployment’s defaults until it is back. Answers still work; please try later.',
  settingsSaved: (names: string) => `Saved: ${names}.`,
  settingsReset: (names: string) => `Back to the deployment’s default: ${names}.`,
  /** Why a /settings option was refused. */
  settingInvalid: (option: SettingOption) =>
    ({
      visibility: '“visibility” must be private or public.',
      summary_channel: '“summary_channel” must be a text or announcement channel of this server.',
      cooldown_public: '“cooldown_public” must be a whole number of seconds from 0 (off) to 86400 (a day).',
      cooldown_summary: '“cooldown_summary” must be a whole number of seconds from 0 (off) to 86400 (a day).',
      language: '“language” must be en, es or auto.',
      reset:
        '“reset” must name one setting (visibility, summary_channel, cooldown_public, cooldown_summary, language) or all.',
    })[option],
  settingSetAndReset: (option: string) =>
    `“${option}” was both given a value and reset: choose one in a single /settings.`,
  gapNotFound: (id: number) => `There is no open entry #${id} in this server’s /gaps.`,
  gapDismissed: (count: number) =>
    `Dismissed ${count} ${plural('en', count, { one: 'question', other: 'questions' })}.`,
  gapAnswered: (count: number, factId: string) =>
    `Recorded ${count} ${plural('en', count, { one: 'question', other: 'questions' })} as phrasings of \`${factId}\` for the curators to review.`,
} as const;

/** The words of factdesk's replies, beside the messages above so a translation replaces both. */
export const TEXT = {
  sourceButton: (paragraph: number | string) => `Source ¶${paragraph}`,
  relatedButton: 'Related facts',
  citeButton: 'Copy citation',
  shareButton: 'Share in channel',
  earlier: '◀ Earlier',
  later: 'Later ▶',
  page: (page: number, pages: number) => `page ${page} of ${pages}`,
  factBase: (version: string) => `fact base ${version}`,
  nothingMatches: 'Nothing in the record matches.',
  kinds: {
    policy: 'Policy',
    figure: 'Figure',
    event: 'Event',
    position: 'Position',
    actor: 'Who’s who',
    context: 'Context',
    sourcing: 'Sourcing',
  },
  /** Above the verbatim quotes when they are not in the reader's language; none for English readers. */
  quotesLabel: '',
  /** Above a source paragraph when it is not in the reader's language; none for English readers. */
  paragraphLabel: '',
  attributedTo: 'Attributed to',
  source: 'Source',
  outlet: 'Outlet',
  outletIs: (outlet: string) => `; outlet: ${outlet}`,
  reported: 'Reported',
  when: 'When',
  figures: 'Figures',
  citeAs: 'Cite as',
  paragraphN: (n: number) => `Paragraph ${n}`,
  missingParagraph: '(missing paragraph)',
  relatedTitle: 'Related facts',
  relatedTo: (statement: string) => `Facts related to: ${statement}`,
  statuses: {
    'in-force': 'in force',
    ended: 'ended',
    proposed: 'proposed / demanded',
    unknown: 'status not stated',
  },
  policiesTitle: 'Policies in the record',
  policiesIntro:
    'The policies the sources describe, with their dates and status. Pick one with `/policies policy:` for its quotes.',
  actorsTitle: 'People and bodies in the record',
  actorsIntro: 'Pick one with `/who actor:` to see everything the record says of them.',
  inTheRecord: (n?: number) => (n === undefined ? 'In the record' : `In the record (${n})`),
  namedNowhereElse: 'No other fact names them.',
  aboutTitle: 'About factdesk',
  aboutBody:
    'factdesk answers questions about the early-2024 US–Mexico migration negotiations **only from its sourced ' +
    'record**: facts a person curated from source documents, each shown with its verbatim quote, paragraph, ' +
    'attribution and date reported. When the record does not answer, it says so instead of guessing.',
  aboutSources: (n: number) => `Sources (${n})`,
  aboutFacts: (n: number) => `Facts (${n})`,
  aboutVersion: 'Version',
  versions: (app: string, base: string) => `factdesk ${app} · fact base ${base}`,
  question: (text: string) => `Question: ${text}`,
  fromMessage: (text: string) => `From the message: ${text}`,
  twoAnswers: 'Two facts answer this almost equally well, so factdesk shows the first and offers the other.',
  otherAnswer: (title: string) => `Other answer: ${title}`,
  declineTitle: 'Not in the sourced record',
  declineBody:
    'factdesk answers only from facts curated from its sources, and none of them answers this. It does not guess.',
  declineAsked: (text: string) => `You asked: ${text}`,
  declineMessage: (text: string) => `The message says: ${text}`,
  declineTopics: 'It does cover these topics:',
  pickOne: (kind: LookupKind, text: string) =>
    `“${text}” matches more than one ${TEXT.lookupKinds[kind]}. Pick one:`,
  otherKind: (kind: LookupKind, text: string) =>
    `No ${TEXT.lookupKinds[kind]} in the record matches “${text}”. The record’s best answer to it is this fact:`,
  lookupKinds: { policy: 'policy', figure: 'figure', actor: 'person or body', fact: 'fact' },
  figuresTitle: 'Figures in the record',
  figuresIntro: 'The numbers of the negotiations, with what they count, who gave them and where.',
  timelineTitle: (from?: string, to?: string) =>
    from && to
      ? `Timeline, ${from} to ${to}`
      : from
        ? `Timeline from ${from}`
        : to
          ? `Timeline up to ${to}`
          : 'Timeline',
  timelineIntro: 'Events in order, each date as precise as the source gives it.',
  timelineAlso: (titles: string) => `Also in the record: ${titles}`,
  sideTitles: {
    us: 'What the United States asks and says',
    mexico: 'What Mexico asks and says',
    both: 'Where both sides agree',
  },
  positionsIntro: 'Positions and demands as the sources report them, with who said each.',
  positionsMore: (n: number, command: string) => `${n} more: ${command}`,
  /** The command that shows all of a list a summary or a page cuts short. */
  seeAll: {
    policies: '/policies',
    figures: '/figures',
    who: '/who',
    timeline: '/timeline',
    positions: '/positions',
    us: '/positions side:United States',
    mexico: '/positions side:Mexico',
  },
  summaryTitle: (topic: string) => `Fact summary: ${topic}`,
  summaryTopics: {
    overview: 'the US–Mexico migration talks',
    policies: 'policies',
    figures: 'figures',
    timeline: 'timeline',
    positions: 'positions',
    who: 'who’s who',
  },
  summarySections: {
    usAsks: 'What the United States asks of Mexico',
    mexicoAsks: 'What Mexico asks in return',
    figures: 'The figures',
    next: 'What comes next',
    shared: 'Where both sides agree',
  },
  summaryMore: (n: number, command?: string) =>
    command ? `…and ${n} more, not shown here: ${command}` : `…and ${n} more, not shown here.`,
  summarySources: 'Sources',
  summaryFooter: (version: string) =>
    `Each line is a statement curated from the source paragraph shown (¶), not a quote: /source paragraph:<n> shows it · fact base ${version}`,
  summaryUpdatedFooter: (version: string) =>
    `Updated to fact base ${version}. Each line is a statement curated from the source paragraph shown (¶), not a quote: /source paragraph:<n> shows it`,
  summaryPreview: (channel: string) =>
    `Preview: only you see this. Press Post to publish it in <#${channel}>; nothing is posted until you do.`,
  summaryUpdatePreview: (channel: string) =>
    `Preview of the update: only you see this. Press Update to replace the summary in <#${channel}> with it.`,
  summaryMatched: (topic: string, titles: string) => `Your topic “${topic}” matched: ${titles}.`,
  summaryMissing: (ids: string) =>
    `Note: data/summary.json lists facts this fact base lacks, so they are left out: ${ids}.`,
  post: 'Post',
  update: 'Update',
  updatePost: 'Update post',
  cancel: 'Cancel',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  wrongFact: 'Wrong fact',
  wrongFactTitle: 'Report a wrong fact',
  wrongFactReason: 'What is wrong? (optional)',
  factFooter: (id: string) => `fact ${id}`,
  sourceFooter: (id: string) => `source ${id}`,
  kindCount: (kind: string, n: string) => `${kind}: ${n}`,
  sides: { us: 'United States', mexico: 'Mexico' },
  languages: { en: 'English', es: 'Spanish' },
  /** The offline console and `npm run ask`. */
  terminal: {
    notInRecord: 'Not in the sourced record: factdesk has no fact that answers this.',
    itCovers: 'It does cover, for example:',
    paragraph: (n: number) => `— paragraph ${n}`,
    attributedTo: (who: string) => `Attributed to: ${who}`,
    when: (dates: string) => `When: ${dates}`,
    source: (name: string, outlet: string, reported: string) =>
      `Source: ${name}; outlet: ${outlet}; reported ${reported}`,
    fact: (id: string, kind: string) => `Fact: ${id} (${kind})`,
    confidence: (confidence: string, version: string) => `Confidence ${confidence} · fact base ${version}`,
    alsoAnswers: (statement: string, id: string) => `Also answers this almost as well: ${statement} [${id}]`,
    related: 'Related:',
    banner: (facts: number, sources: number, version: string) =>
      `factdesk (offline) — ${facts} sourced facts from ${sources} source(s), fact base ${version}.`,
    bannerAsk: 'Ask a question about the 2024 US–Mexico migration talks; Ctrl+D quits.',
    bannerBot:
      'To run the Discord bot, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README, "Connecting to Discord").',
  },
  helpTitle: 'factdesk commands',
  helpIntro:
    'factdesk answers questions about the early-2024 US–Mexico migration talks only from sourced facts. Replies are private unless you share them.',
  help: {
    ask: '/ask question: — the sourced fact that answers your question, or an honest “not in the record”.',
    policies:
      '/policies [policy:] — the policies with dates and status; name one (“Title 42”) for its quotes.',
    figures: '/figures [topic:] — the numbers with what they count and who gave them; name one (“30,000”).',
    timeline: '/timeline [from:] [to:] — events in order; from and to take 2023, 2023-12 or 2023-12-30.',
    positions: '/positions [side:] — what the United States and Mexico each ask and say, or one side.',
    who: '/who [actor:] — the people and bodies in the record, or everything it says of one (“AMLO”).',
    source: '/source [fact:] [paragraph:] — the source paragraph behind a fact, with the quote in bold.',
    summary:
      '/summary [topic:] [channel:] [update:] — moderators preview, post and later update a fact summary.',
    about: '/about — the sources, how many facts, the versions, and how factdesk answers.',
    help: '/help — this list.',
    reload: '/reload — bot owners reload the fact base from its files.',
    gaps: '/gaps [dismiss:] [answered: fact:] — moderators see unanswered and flagged questions, and act on them.',
    stats: '/stats [days:] — moderators see questions, answers, feedback and top facts in this server.',
    settings:
      '/settings [visibility:] [summary_channel:] [cooldown_public:] [cooldown_summary:] [language:] [reset:] — server managers see and change factdesk’s settings here.',
    'Find sourced facts': 'Apps → Find sourced facts (on a message) — answers the question in that message.',
  } as Record<string, string>,
} as const;

/** The moderators' /gaps and /stats views (and `npm run stats`). */
export const CURATION_TEXT = {
  unansweredTitle: 'Questions the record could not answer',
  flaggedTitle: 'Answers flagged as wrong',
  noneOpen: 'None open in this server.',
  gapsHelp:
    'Act on an entry by its number: `/gaps dismiss:#` drops its group; `/gaps answered:# fact:…` records its questions as phrasings of that fact for the curators (`npm run curation:export`).',
  seen: (count: number, first: string, last: string) => `${count}× · first ${first} · last ${last}`,
  also: (questions: string) => `also: ${questions}`,
  flaggedFact: (fact: string) => `fact: ${fact}`,
  closestFact: (fact: string) => `closest fact: ${fact}`,
  noFactClose: 'no fact comes close',
  reason: (text: string) => `reason: “${text}”`,
  statsTitle: (days: number) => `factdesk in this server, last ${days} days`,
  asked: (n: number) => `Questions asked: ${n}`,
  answered: (n: number, share: string) => `Answered: ${n} (${share})`,
  declined: (n: number, share: string) => `Declined: ${n} (${share})`,
  feedback: (
    votes: number,
    answers: number,
    share: string,
    helpful: number,
    unhelpful: number,
    wrong: number,
  ) =>
    `Feedback: ${votes} on ${answers} answers (${share}) — helpful ${helpful}, not helpful ${unhelpful}, wrong fact ${wrong}`,
  topFacts: 'Top facts:',
  noneYet: '(none yet)',
} as const;

/** The /settings view: each setting, its value, and whether the server chose it. */
export const SETTINGS_TEXT = {
  title: 'factdesk settings for this server',
  howToChange:
    'Change one with `/settings visibility:`, `summary_channel:`, `cooldown_public:`, `cooldown_summary:` or `language:`; `/settings reset:` puts one (or all) back to the default.',
  unavailable:
    'Settings are unavailable right now (the bot’s database cannot be reached): these are the deployment’s defaults, which apply until it is back. Nothing can be changed meanwhile.',
  names: {
    replyVisibility: 'Reply visibility',
    summaryChannelId: 'Summary channel',
    cooldownPublicSeconds: 'Cooldown on shared answers',
    cooldownSummarySeconds: 'Cooldown on summaries',
    language: 'Language',
  },
  visibility: {
    private: 'private — only the person who asks sees a lookup, unless they share it',
    public: 'public — lookups are posted in the channel, unless the person asks privately',
  },
  language: {
    en: 'English',
    es: 'Spanish',
    auto: 'auto — each person’s Discord language, else the server’s, else the question’s',
  },
  summaryHere: 'the channel /summary is run in',
  channel: (id: string) => `<#${id}>`,
  seconds: (n: number) => (n === 0 ? 'off' : `${n} s per person`),
  own: 'set for this server',
  byDefault: 'deployment default',
} as const;

/** The words of the ClaimReview export (src/export/claimReview.ts), for newsrooms' readers. */
export const CLAIMREVIEW_TEXT = {
  /** What every review is: the claim recorded from its source, not a verdict on it. */
  body: (citation: string) =>
    `Recorded from its source in the source’s own words; this review gives no verdict on whether the claim is true. ${citation}`,
  note: (text: string) => `Curator’s note: ${text}`,
} as const;

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
  corrected: 'Corrected',
  correctedOn: (date: string, note: string) => `Corrected on ${date}: ${note}`,
  corrections: 'Corrections to this fact',
  earlierReported: 'Earlier reported',
  superseded: 'Superseded',
  supersededBy: (id: string) => `A later source changed this fact: see fact ${id}.`,
  earlierReportedLine: (statement: string, reported: string) => `${statement} (reported ${reported})`,
  citationStyles: { standard: 'Standard', apa: 'APA', chicago: 'Chicago' },
  /** A source document in one line: its name, outlet and report date, each as the copy has it. */
  sourceLine: (name: string, outlet: string, reported: string) =>
    `${name}; outlet: ${outlet}; reported ${reported}`,
  /** The words around a date: its part of a month or year, a loose date, an inferred one. */
  dateParts: {
    early: (date: string) => `early ${date}`,
    mid: (date: string) => `mid-${date}`,
    late: (date: string) => `late ${date}`,
  },
  about: (date: string) => `about ${date}`,
  yearInferred: (date: string) => `${date} (year inferred from the text)`,
  dateInferred: (date: string) => `${date} (date inferred from the text)`,
  /** A date with what it marks: "May 2023 — ended". */
  dated: (date: string, role: string) => `${date} — ${role}`,
} as const;

/** The English catalog: the shape every locale's catalog has. */
export const ENGLISH = { MESSAGES, TEXT, PROVENANCE, CURATION_TEXT, SETTINGS_TEXT } as const;

/** A catalog's shape with its texts widened to any string, so another language's words fit it. */
type Widened<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widened<R>
    : T extends object
      ? { readonly [K in keyof T]: Widened<T[K]> }
      : T;

/** What a locale's catalog holds: the same keys as the English one, each text of the same kind. */
export type Catalog = Widened<typeof ENGLISH>;

/** The catalog a reader of `locale` reads. */
export function catalogFor(locale: ReplyLocale): Catalog {
  return languageOf(locale) === 'es' ? SPANISH : ENGLISH;
}

type Messages = Catalog['MESSAGES'];
export type MessageKey = keyof Messages;
/** The arguments a message takes: none for a fixed text. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/**
 * A failure the user should see, named by its message's key and arguments so it can be said in the
 * reader's language. `message` is the English text, for logs.
 */
export class UserError<K extends MessageKey = MessageKey> extends Error {
  override name = 'UserError';
  readonly key: K;
  readonly args: MessageArgs<K>;

  constructor(key: K, ...args: MessageArgs<K>) {
    super(messageText(ENGLISH, key, args));
    this.key = key;
    this.args = args;
  }

  /** The message as a reader of `locale` reads it. */
  in(locale: ReplyLocale): string {
    return messageText(catalogFor(locale), this.key, this.args);
  }
}

function messageText(catalog: Catalog, key: MessageKey, args: readonly unknown[]): string {
  const message = catalog.MESSAGES[key] as string | ((...args: readonly unknown[]) => string);
  return typeof message === 'function' ? message(...args) : message;
}

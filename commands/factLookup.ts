// The shape /policies, /figures and /who share, and how every lookup option reads what people type.
// Without the option, a list of one kind of fact; with it, the fact it names: an autocomplete pick (valued
// by fact id), a fact id, or words resolved through the engine to the best fact of that kind, a short pick
// list when the engine finds two that answer almost equally well, or an honest "nothing in the record".
import type { FactBase } from '../src/facts/load.js';
import type { Fact } from '../src/facts/schema.js';
import type { ReplyLocale } from '../src/locale.js';
import { UserError, type LookupKind } from '../src/messages.js';
import { renderFact, renderOtherKind, renderPickList } from '../src/render/discord/answer.js';
import { factChoices } from '../src/render/discord/choices.js';
import type { MessageBody, Visibility } from '../src/render/discord/message.js';
import { SEARCH_SETTINGS, type Engine } from '../src/search/engine.js';
import type { CommandContext, CommandInput, CommandResult } from './command.js';

/** What a lookup option's text names: one fact, a choice of facts, a fact of another kind, or nothing. */
export type Lookup =
  | { type: 'fact'; fact: Fact }
  | { type: 'choice'; facts: Fact[] }
  | { type: 'otherKind'; fact: Fact }
  | { type: 'none' };

export async function lookUp(
  engine: Engine,
  text: string,
  accepts: (fact: Fact) => boolean,
): Promise<Lookup> {
  const byId = engine.factById(text.trim().replace(/^#/, ''));
  if (byId && accepts(byId)) return { type: 'fact', fact: byId };
  // The engine ranks what the text names; the lookup keeps the facts of its kind that it names strongly,
  // by how strongly: the engine puts the likeliest answer first, but a lookup asks what is named, not asked.
  const named = (await engine.rankFacts(text, 10))
    .filter((r) => r.answers || r.score >= SEARCH_SETTINGS.namesFactScore)
    .sort((a, b) => b.score - a.score);
  const [first, second] = named.filter((r) => accepts(r.fact));
  if (!first) return named[0] ? { type: 'otherKind', fact: named[0].fact } : { type: 'none' };
  return second && first.score - second.score < SEARCH_SETTINGS.ambiguityMargin
    ? { type: 'choice', facts: [first.fact, second.fact] }
    : { type: 'fact', fact: first.fact };
}

/** How a lookup shows the one fact it found. */
type FactDetail = (fact: Fact, base: FactBase, visibility: Visibility, locale: ReplyLocale) => MessageBody;

/** The reply to a lookup: the fact in detail, the pick list, the other kind's fact, or a refusal. */
export function lookupReply(
  lookup: Lookup,
  parts: {
    text: string;
    kind: LookupKind;
    base: FactBase;
    visibility: Visibility;
    locale: ReplyLocale;
    detail: FactDetail;
  },
): MessageBody {
  const { text, kind, base, visibility, locale } = parts;
  switch (lookup.type) {
    case 'fact':
      return parts.detail(lookup.fact, base, visibility, locale);
    case 'choice':
      return renderPickList(kind, text, lookup.facts, visibility, locale);
    case 'otherKind':
      return renderOtherKind(kind, text, lookup.fact, base, visibility, locale);
    case 'none':
      throw new UserError('noLookupMatch', kind, text);
  }
}

/** One kind of fact a command lists and looks up: /policies, /figures, /who. */
export interface FactKindLookup {
  /** What the option names, said in the reader's words by the catalogs ("policy", "person or body"). */
  kind: LookupKind;
  accepts: (fact: Fact) => boolean;
  list: (base: FactBase, page: number, visibility: Visibility, locale: ReplyLocale) => MessageBody;
  detail?: FactDetail;
}

/** Without text, the list of that kind; with text, what it names. */
export async function respondToLookup(
  text: string | undefined,
  input: Pick<CommandInput, 'visibility' | 'locale'>,
  context: CommandContext,
  lookup: FactKindLookup,
): Promise<CommandResult> {
  const engine = context.engine();
  if (text === undefined)
    return { type: 'reply', body: lookup.list(engine.base, 0, input.visibility, input.locale) };
  const body = lookupReply(await lookUp(engine, text, lookup.accepts), {
    text,
    kind: lookup.kind,
    base: engine.base,
    visibility: input.visibility,
    locale: input.locale,
    detail: lookup.detail ?? renderFact,
  });
  return { type: 'reply', body };
}

/** Autocomplete for a lookup option: the facts of that kind whose names contain what was typed. */
export function lookupChoices(
  typed: string,
  context: CommandContext,
  lookup: FactKindLookup,
  locale: ReplyLocale,
) {
  return factChoices(context.engine().base.facts.filter(lookup.accepts), typed, locale);
}

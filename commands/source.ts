// /source [fact] [paragraph] [document] — the original paragraph behind a fact, or any paragraph, cited.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { UserError } from '../src/messages.js';
import { describeSource } from '../src/render/citation.js';
import { renderFactSource, renderParagraph } from '../src/render/discord/answer.js';
import { choice, factChoices } from '../src/render/discord/choices.js';
import { foldText } from '../src/search/normalize.js';
import { SHARE_OPTION, slashCommand } from './command.js';
import { lookUp, lookupReply } from './factLookup.js';

const data = {
  name: 'source',
  description: 'The original paragraph behind a fact, with its citation',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'fact',
      description: 'The fact whose source to show, like Title 42',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'paragraph',
      description: 'A paragraph number of the source',
      min_value: 1,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'document',
      description: 'Which source document (default: the first)',
      autocomplete: true,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const source = slashCommand({
  data,
  async respond(input, context) {
    const engine = context.engine();
    const { base } = engine;
    const { fact: text, paragraph, document } = input.options;
    if (text !== undefined) {
      const body = lookupReply(await lookUp(engine, text, () => true), {
        text,
        kind: 'fact',
        base,
        visibility: input.visibility,
        locale: input.locale,
        detail: renderFactSource,
      });
      return { type: 'reply', body };
    }
    if (paragraph === undefined) throw new UserError('sourceNeedsTarget');
    const doc = document === undefined ? base.sources[0] : base.sources.find((s) => s.id === document);
    if (!doc) throw new UserError('unknownSource', document ?? '');
    if (!doc.paragraphs.some((p) => p.n === paragraph))
      throw new UserError('unknownParagraph', paragraph, doc.id);
    return {
      type: 'reply',
      body: renderParagraph(doc, paragraph, base, input.visibility, input.locale),
    };
  },
  autocomplete(focused, context, locale) {
    const { base } = context.engine();
    if (focused.name === 'document') {
      const needle = foldText(focused.value);
      return base.sources
        .filter((s) => foldText(`${describeSource(s, locale)} ${s.id}`).includes(needle))
        .slice(0, 25)
        .map((s) => choice(describeSource(s, locale), s.id));
    }
    return factChoices(base.facts, focused.value, locale);
  },
});

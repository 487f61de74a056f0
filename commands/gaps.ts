// /gaps [dismiss:#] [answered:# fact:…] — moderators see what this server asked that the
// record could not answer and which answers were flagged, grouped by similarity, and act on a group.
import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { groupGaps } from '../src/curation/gaps.js';
import { catalogFor, UserError } from '../src/messages.js';
import { factChoices } from '../src/render/discord/choices.js';
import { renderGaps } from '../src/render/discord/curation.js';
import { messageBody } from '../src/render/discord/message.js';
import { slashCommand } from './command.js';
import { fromStore, moderatorScope } from './moderators.js';

const data = {
  name: 'gaps',
  description: 'Questions the record could not answer and answers flagged as wrong (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageMessages),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'dismiss',
      description: 'Drop this entry (#12) and the questions grouped with it',
      min_value: 1,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'answered',
      description: 'Mark this entry (#12) as answered by `fact`: its questions become phrasings for curators',
      min_value: 1,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'fact',
      description: 'The fact that answers the entry given in `answered`',
      autocomplete: true,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const gaps = slashCommand({
  data,
  alwaysPrivate: true,
  async respond(input, context) {
    const { guildId, store } = moderatorScope(
      input,
      context,
      PermissionFlagsBits.ManageMessages,
      'gapsNeedsPermission',
    );
    const { MESSAGES } = catalogFor(input.locale);
    const engine = context.engine();
    const groups = await groupGaps(await fromStore(() => store.openEntries(guildId)), engine);
    const { dismiss, answered, fact } = input.options;
    const entry = dismiss ?? answered;
    if (entry === undefined) return { type: 'reply', body: renderGaps(groups, engine.base, input.locale) };
    const group = groups.find((g) => g.ids.includes(entry));
    if (!group) throw new UserError('gapNotFound', entry);
    let content: string;
    if (dismiss !== undefined) {
      content = MESSAGES.gapDismissed(
        await fromStore(() => store.closeEntries(guildId, group.ids, { status: 'dismissed' })),
      );
    } else {
      const factId = (fact ?? '').replace(/^#/, '');
      if (!engine.factById(factId)) throw new UserError('unknownFact', factId);
      const closed = await fromStore(() =>
        store.closeEntries(guildId, group.ids, { status: 'answered', factId }),
      );
      content = MESSAGES.gapAnswered(closed, factId);
    }
    return { type: 'reply', body: messageBody({ visibility: 'private', content }) };
  },
  autocomplete: (focused, context, locale) => factChoices(context.engine().base.facts, focused.value, locale),
});

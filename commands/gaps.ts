// /gaps [list | dismiss entry | answered entry fact] — moderators see what this server asked that the
// record could not answer and which answers were flagged, grouped by similarity, and act on a group.
import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../src/bot/command.js';
import { fromStore, moderatorScope } from '../src/bot/permissions.js';
import { groupGaps } from '../src/curation/gaps.js';
import { MESSAGES, UserError } from '../src/messages.js';
import { factChoices } from '../src/render/discord/choices.js';
import { renderGaps } from '../src/render/discord/curation.js';
import { messageBody } from '../src/render/discord/message.js';

const ENTRY_OPTION = {
  type: ApplicationCommandOptionType.Integer,
  name: 'entry',
  description: 'The entry number shown by /gaps (#12)',
  required: true,
  min_value: 1,
} as const;

const data = {
  name: 'gaps',
  description: 'Questions the record could not answer and answers flagged as wrong (moderators)',
  default_member_permissions: String(PermissionFlagsBits.ManageMessages),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      description: 'The most asked unanswered questions and the most flagged answers',
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'dismiss',
      description: 'Drop an entry and the questions grouped with it',
      options: [ENTRY_OPTION],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'answered',
      description: 'Mark an entry as answered by a fact: its questions become phrasings for curators',
      options: [
        ENTRY_OPTION,
        {
          type: ApplicationCommandOptionType.String,
          name: 'fact',
          description: 'The fact that answers it',
          required: true,
          autocomplete: true,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const gaps: SlashCommand = {
  data,
  async respond(input, context) {
    const { guildId, store } = moderatorScope(
      input,
      context,
      PermissionFlagsBits.ManageMessages,
      MESSAGES.gapsNeedsPermission,
    );
    const engine = context.engine();
    const groups = groupGaps(await fromStore(() => store.openEntries(guildId)), engine);
    const subcommand = input.subcommand ?? 'list';
    if (subcommand === 'list') return { type: 'reply', body: renderGaps(groups, engine.base) };
    const entry = Number(input.options.entry);
    const group = groups.find((g) => g.ids.includes(entry));
    if (!group) throw new UserError(MESSAGES.gapNotFound(entry));
    let content: string;
    if (subcommand === 'dismiss') {
      content = MESSAGES.gapDismissed(
        await fromStore(() => store.closeEntries(guildId, group.ids, { status: 'dismissed' })),
      );
    } else {
      const factId = String(input.options.fact ?? '').replace(/^#/, '');
      if (!engine.factById(factId)) throw new UserError(MESSAGES.unknownFact(factId));
      const closed = await fromStore(() =>
        store.closeEntries(guildId, group.ids, { status: 'answered', factId }),
      );
      content = MESSAGES.gapAnswered(closed, factId);
    }
    return { type: 'reply', body: messageBody({ visibility: 'private', content }) };
  },
  autocomplete: (focused, context) => factChoices(context.engine().base.facts, focused.value),
};

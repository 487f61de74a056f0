// "Find sourced facts" — a message context menu command that answers the question in a chat message.
import {
  ApplicationCommandType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { recordAnswer } from '../src/curation/record.js';
import { UserError } from '../src/messages.js';
import { renderAnswer } from '../src/render/discord/answer.js';
import { answerLocaleFor, type MessageCommand } from './command.js';
import { offerFeedback } from './feedback.js';

const data = {
  name: 'Find sourced facts',
  type: ApplicationCommandType.Message,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export const findFacts: MessageCommand = {
  data,
  async respond(input, context) {
    if (!input.messageContent.trim()) throw new UserError('emptyMessage');
    const engine = context.engine();
    // The message may be anyone's, so the reply quotes it as the message, not as "you asked".
    const answer = await engine.answer(input.messageContent);
    void recordAnswer(context.store, input.guildId, answer, context.logger, { countOnly: true });
    // A message in Spanish is answered in Spanish whatever the client's language, unless the server chose one.
    const locale = answerLocaleFor(input, answer.language);
    return {
      type: 'reply',
      body: offerFeedback(
        renderAnswer(answer, engine.base, input.visibility, locale, 'message'),
        answer,
        { ...input, locale },
        context,
      ),
      answer: { answered: answer.answered, confidence: answer.confidence },
    };
  },
};

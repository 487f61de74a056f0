// /ask question:<text> — the sourced fact that answers a question, or an honest "not in the record".
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { SHARE_OPTION, type SlashCommand } from '../src/bot/command.js';
import { offerFeedback } from '../src/bot/feedback.js';
import { recordAnswer } from '../src/curation/record.js';
import { renderAnswer } from '../src/render/discord/answer.js';
import { choice } from '../src/render/discord/choices.js';
import { MAX_QUESTION_LENGTH } from '../src/search/normalize.js';

const data = {
  name: 'ask',
  description: 'Ask about the 2024 US–Mexico migration talks; answers come only from sourced facts',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, in English or Spanish',
      required: true,
      autocomplete: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const ask: SlashCommand = {
  data,
  respond(input, context) {
    const engine = context.engine();
    const answer = engine.answer(String(input.options.question ?? ''));
    void recordAnswer(context.store, input.guildId, answer, context.logger);
    return {
      type: 'reply',
      body: offerFeedback(renderAnswer(answer, engine.base, input.visibility), answer, input, context),
      answer: { answered: answer.answered, confidence: answer.confidence },
    };
  },
  // A picked suggestion carries the fact id, so it opens exactly the fact that was suggested.
  autocomplete: (focused, context) =>
    context
      .engine()
      .suggest(focused.value)
      .map((s) => choice(s.label, `#${s.factId}`)),
};

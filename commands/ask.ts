// /ask question:<text> — the sourced fact that answers a question, or an honest "not in the record".
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { recordAnswer } from '../src/curation/record.js';
import { renderAnswer } from '../src/render/discord/answer.js';
import { questionChoices } from '../src/render/discord/choices.js';
import { MAX_QUESTION_LENGTH } from '../src/search/normalize.js';
import { answerLocaleFor, SHARE_OPTION, slashCommand } from './command.js';
import { offerFeedback } from './feedback.js';

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

export const ask = slashCommand({
  data,
  async respond(input, context) {
    const engine = context.engine();
    const answer = await engine.answer(input.options.question);
    void recordAnswer(context.store, input.guildId, answer, context.logger);
    // A Spanish question is answered in Spanish whatever the client's language, unless the server chose one.
    const locale = answerLocaleFor(input, answer.language);
    return {
      type: 'reply',
      body: offerFeedback(
        renderAnswer(answer, engine.base, input.visibility, locale),
        answer,
        { ...input, locale },
        context,
      ),
      answer: { answered: answer.answered, confidence: answer.confidence },
    };
  },
  autocomplete: (focused, context) => questionChoices(context.engine(), focused.value),
});

// The feedback on an answer: a row of "Helpful" / "Not helpful" / "Wrong fact" buttons, the form "Wrong
// fact" opens for an optional reason, and reading back which question an answer was for.
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { DEFAULT_LOCALE, type ReplyLocale } from '../../locale.js';
import { catalogFor } from '../../messages.js';
import { encodeCustomId } from './customId.js';
import { LIMITS } from './limits.js';
import { button, type MessageBody } from './message.js';

/** The text input of the "Wrong fact" form. */
export const REASON_INPUT = 'reason';
/** A one-line reason: enough to say what is wrong, too short to paste a document. */
export const REASON_MAX_LENGTH = 200;

/**
 * The answer with a feedback row added. A fact id too long for the custom id limit gets no row rather
 * than a broken one; a message already at five rows keeps its buttons.
 */
export function withFeedback(
  body: MessageBody,
  ref: string,
  factId: string,
  locale: ReplyLocale,
): MessageBody {
  const { TEXT } = catalogFor(locale);
  const buttons = [
    button(TEXT.helpful, { action: 'vote', vote: 'up', ref, factId }),
    button(TEXT.notHelpful, { action: 'vote', vote: 'down', ref, factId }),
    button(TEXT.wrongFact, { action: 'vote', vote: 'wrong', ref, factId }, ButtonStyle.Secondary),
  ];
  if (buttons.some((b) => 'custom_id' in b && b.custom_id.length > LIMITS.customId)) return body;
  if (body.components.length >= 5) return body;
  return {
    ...body,
    components: [...body.components, { type: ComponentType.ActionRow, components: buttons }],
  };
}

export function wrongFactModal(
  ref: string,
  factId: string,
  locale: ReplyLocale,
): APIModalInteractionResponseCallbackData {
  const { TEXT } = catalogFor(locale);
  return {
    custom_id: encodeCustomId({ action: 'why', ref, factId }),
    title: TEXT.wrongFactTitle,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_INPUT,
            label: TEXT.wrongFactReason,
            style: TextInputStyle.Short,
            required: false,
            max_length: REASON_MAX_LENGTH,
          },
        ],
      },
    ],
  };
}

// The "Question: …" line in each language an answer may be written in.
const QUESTION_PREFIXES = Object.values(DEFAULT_LOCALE).map((locale) => catalogFor(locale).TEXT.question(''));

/**
 * The question an answer message was for, from its "Question: …" line (in any language factdesk writes),
 * with the escaping that made it safe to show undone; null when the message has none.
 */
export function questionOf(content: string): string | null {
  const lines = content.split('\n');
  const prefix = QUESTION_PREFIXES.find((p) => lines.some((l) => l.startsWith(p)));
  const line = prefix && lines.find((l) => l.startsWith(prefix));
  if (!prefix || !line) return null;
  const question = line
    .slice(prefix.length)
    .replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '')
    .trim();
  return question || null;
}

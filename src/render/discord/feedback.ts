// The feedback on an answer: a row of "Helpful" / "Not helpful" / "Wrong fact" buttons, the form "Wrong
// fact" opens for an optional reason, and reading back which question an answer was for.
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
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
export function withFeedback(body: MessageBody, ref: string, factId: string): MessageBody {
  const buttons = [
    button('Helpful', { action: 'vote', vote: 'up', ref, factId }),
    button('Not helpful', { action: 'vote', vote: 'down', ref, factId }),
    button('Wrong fact', { action: 'vote', vote: 'wrong', ref, factId }, ButtonStyle.Secondary),
  ];
  if (buttons.some((b) => 'custom_id' in b && b.custom_id.length > LIMITS.customId)) return body;
  if (body.components.length >= 5) return body;
  return {
    ...body,
    components: [...body.components, { type: ComponentType.ActionRow, components: buttons }],
  };
}

export function wrongFactModal(ref: string, factId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeCustomId({ action: 'why', ref, factId }),
    title: 'Report a wrong fact',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_INPUT,
            label: 'What is wrong? (optional)',
            style: TextInputStyle.Short,
            required: false,
            max_length: REASON_MAX_LENGTH,
          },
        ],
      },
    ],
  };
}

/**
 * The question an answer message was for, from its "Question: …" line, with the escaping that made it safe
 * to show undone; null when the message has none.
 */
export function questionOf(content: string): string | null {
  const line = content.split('\n').find((l) => l.startsWith('Question: '));
  if (!line) return null;
  const question = line
    .slice('Question: '.length)
    .replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '')
    .trim();
  return question || null;
}

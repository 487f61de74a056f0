// /positions [side] — what each side asks of the other and says, side by side or one side.
import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { FactBase } from '../src/facts/load.js';
import type { Fact } from '../src/facts/schema.js';
import { renderPositions, type PositionSide } from '../src/render/discord/lists.js';
import { sideFacts } from '../src/summary/topics.js';
import { SHARE_OPTION, slashCommand } from './command.js';

const data = {
  name: 'positions',
  description: 'What the United States and Mexico each ask and say, side by side',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'side',
      description: 'One side only, or both (the default)',
      choices: [
        { name: 'United States', value: 'us' },
        { name: 'Mexico', value: 'mexico' },
        { name: 'Both', value: 'both' },
      ],
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Each side's positions with the asks curated for it (data/summary.json), and what both sides share. */
export function positionFacts(base: FactBase): Record<PositionSide, Fact[]> {
  return {
    us: sideFacts(base, 'us'),
    mexico: sideFacts(base, 'mexico'),
    both: base.facts.filter((f) => f.kind === 'position' && f.side === 'both'),
  };
}

export const positions = slashCommand({
  data,
  respond(input, context) {
    const { base } = context.engine();
    const side = input.options.side === 'both' ? undefined : input.options.side;
    return {
      type: 'reply',
      body: renderPositions(base, positionFacts(base), side, 0, input.visibility, input.locale),
    };
  },
});

import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readOptions, SHARE_OPTION, type OptionsOf } from '../../commands/command.js';
import { UserError } from '../../src/messages.js';

const data = {
  name: 'example',
  description: 'An example command',
  options: [
    { type: ApplicationCommandOptionType.String, name: 'question', description: 'q', required: true },
    { type: ApplicationCommandOptionType.Integer, name: 'paragraph', description: 'p' },
    {
      type: ApplicationCommandOptionType.String,
      name: 'side',
      description: 's',
      choices: [
        { name: 'United States', value: 'us' },
        { name: 'Mexico', value: 'mexico' },
      ],
    },
    SHARE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

describe('options typed from a command’s definition', () => {
  it('infers each option’s type, required or not, from the as-const data', () => {
    expectTypeOf<OptionsOf<typeof data>>().toEqualTypeOf<{
      question: string;
      paragraph: number | undefined;
      side: 'us' | 'mexico' | undefined;
      share: boolean | undefined;
    }>();
  });

  it('passes values that match the definition', () => {
    expect(readOptions(data, { question: 'why?', paragraph: 7, side: 'us', share: true })).toEqual({
      question: 'why?',
      paragraph: 7,
      side: 'us',
      share: true,
    });
  });

  it.each([
    [{ question: 'why?', paragraph: 'seven' }, 'paragraph'],
    [{ question: 'why?', side: 'canada' }, 'side'],
    [{ question: 'why?', colour: 'red' }, 'colour'],
    [{ paragraph: 7 }, 'question'],
  ])('refuses a forged or outdated request %j, naming the option', (raw, name) => {
    expect(() => readOptions(data, raw)).toThrow(new UserError('badOption', name));
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { preview, PreviewUsageError } from '../../src/bot/preview.js';
import {
  checkDiscordLimits,
  validateInteractionCallback,
  validateMessageCreate,
  validateRequest,
} from '../support/discordSpec.js';
import type { MessageBody } from '../../src/render/discord/message.js';
import { testContext } from '../support/context.js';
import { runScript } from '../support/run.js';
import { embeddedEngine } from '../support/engine.js';

let context: CommandContext;
beforeAll(async () => {
  const engine = await embeddedEngine();
  context = testContext(engine);
});

// Every command with the options a user would give, including the awkward ones.
const CASES: [string, string[]][] = [
  ['ask', ['--question', 'When did Title 42 end?']],
  ['ask', ['--question', 'what is the capital of france', '--share']],
  ['ask', ['--question', '@everyone '.repeat(60)]],
  ['policies', []],
  ['policies', ['--policy', 'title-42-expulsions']],
  ['figures', []],
  ['figures', ['--topic', 'mexico-pledged-30000-returns-monthly']],
  ['timeline', []],
  ['timeline', ['--from', '2023-12', '--to', '2024']],
  ['timeline', ['--from', 'yesterday']],
  ['positions', []],
  ['positions', ['--side', 'mexico']],
  ['who', []],
  ['who', ['--actor', 'actor-lopez-obrador']],
  ['source', ['--fact', 'title-42-expulsions']],
  ['source', ['--paragraph', '7']],
  ['source', ['--paragraph', '99']],
  ['summary', ['--topic', 'policies']],
  ['summary', ['--topic', 'deportation flights to Venezuela']],
  ['summary', []],
  ['summary', ['--topic', 'figures', '--update', 'https://discord.com/channels/1/2/3']],
  ['help', []],
  ['click', ['fd:summary:post:en:rcn1hssight:rcn1hssighv::overview']],
  ['click', ['fd:summary:update:es:rcn1hssight:rcn1hssighv:1:timeline']],
  ['click', ['fd:summary:post:rcn1hssight:rcn1hssighv::overview']],
  ['click', ['fd:page:timeline:1:..']],
  ['about', []],
  ['Find sourced facts', ['--message', 'is mexico getting paid for this?']],
  // As a Spanish client would see them, in Spain and in Latin America.
  ['ask', ['--question', '¿Cuándo terminó el Título 42?', '--locale', 'es-ES']],
  ['ask', ['--question', 'escribe un haiku sobre tacos', '--locale', 'es-419']],
  ['figures', ['--locale', 'es-ES']],
  ['timeline', ['--locale', 'es-419', '--from', '2023-12']],
  ['positions', ['--locale', 'es-ES']],
  ['who', ['--actor', 'AMLO', '--locale', 'es-ES']],
  ['source', ['--fact', 'title-42-expulsions', '--locale', 'es-ES']],
  ['summary', ['--topic', 'overview', '--language', 'es', '--locale', 'es-ES']],
  ['summary', ['--topic', 'timeline', '--guild-locale', 'es-ES']],
  ['about', ['--locale', 'es-419']],
  ['help', ['--locale', 'es-ES']],
  ['click', ['fd:page:timeline:1:..', '--locale', 'es-ES']],
  ['Find sourced facts', ['--message', '¿Le pagan a México por esto?', '--locale', 'es-ES']],
];

describe('npm run preview', () => {
  it.each(CASES)('renders /%s %j as a response Discord accepts', async (name, args) => {
    const plan = await preview(name, args, context);
    expect(validateInteractionCallback(plan.response)).toEqual([]);
    expect(checkDiscordLimits(plan.response)).toEqual([]);
    if (plan.post) {
      expect(validateMessageCreate(plan.post.body)).toEqual([]);
      expect(checkDiscordLimits(plan.post.body)).toEqual([]);
    }
    if (plan.edit) {
      expect(validateRequest('PATCH', '/channels/1/messages/2', plan.edit.body)).toEqual([]);
      expect(checkDiscordLimits(plan.edit.body)).toEqual([]);
    }
  });

  it('shows a summary privately first, and what pressing its Post button would post', async () => {
    const shown = await preview('summary', ['--topic', 'figures'], context);
    expect(shown.post).toBeUndefined();
    const data = (shown.response as { data: MessageBody }).data;
    expect(data.flags).toBe(64);
    const post = data.components[0]?.components[0];
    if (!post || !('custom_id' in post)) throw new Error('the preview has no Post button');
    const pressed = await preview('click', [post.custom_id], context);
    expect(pressed.post?.body.embeds).toEqual(data.embeds);
    expect(pressed.response.type).toBe(7);
  });

  it('names the options a command has when given one it does not', async () => {
    await expect(preview('ask', ['--colour', 'red'], context)).rejects.toThrow(PreviewUsageError);
    await expect(preview('ask', ['--colour', 'red'], context)).rejects.toThrow(/--question --share/);
    await expect(preview('nope', [], context)).rejects.toThrow(/unknown command "nope"; commands: ask/);
    await expect(preview('click', [], context)).rejects.toThrow(/click needs a button custom id/);
  });

  it('renders what a Spanish client gets with --locale, and refuses a locale factdesk does not speak', async () => {
    const plan = await preview('ask', ['--question', 'When did Title 42 end?', '--locale', 'es-ES'], context);
    const data = (plan.response as { data: MessageBody }).data;
    expect(data.content).toBe('Pregunta: When did Title 42 end?');
    expect(data.embeds[0]?.description).toMatch(
      /^\*\*El Título 42.*\n\n_Cita original en inglés:_\n> “For three/s,
    );
    const refused = await preview('timeline', ['--from', 'ayer', '--locale', 'es-419'], context);
    expect((refused.response as { data: MessageBody }).data.content).toBe(
      '«from» debe ser una fecha como 2023, 2023-12 o 2023-12-30.',
    );
    await expect(preview('about', ['--locale', 'fr'], context)).rejects.toThrow(
      /--locale takes a locale factdesk replies in: en-US, en-GB, es-ES, es-419/,
    );
  });

  it('prints the JSON from the command line', () => {
    const result = runScript(['scripts/preview.ts', 'about']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      type: 4,
      data: { embeds: [{ title: 'About factdesk' }] },
    });
    const spanish = runScript([
      'scripts/preview.ts',
      'ask',
      '--question',
      '¿Cuándo terminó el Título 42?',
      '--locale',
      'es-ES',
    ]);
    expect(spanish.status).toBe(0);
    expect(JSON.parse(spanish.stdout).data.embeds[0].fields[0]).toEqual({
      name: 'Atribuido a',
      value: 'el artículo',
      inline: true,
    });
  });
});

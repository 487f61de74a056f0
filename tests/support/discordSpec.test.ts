import { describe, expect, it } from 'vitest';
import {
  checkDiscordLimits,
  validateCommandsPut,
  validateInteractionCallback,
  validateMessageCreate,
  validateRequest,
} from './discordSpec.js';

const sourceButton = { type: 2, style: 2, label: 'Source', custom_id: 'fd:source:x' };

const message = {
  content: 'hi',
  flags: 64,
  allowed_mentions: { parse: [] },
  embeds: [
    {
      title: 't',
      description: 'd',
      fields: [{ name: 'n', value: 'v', inline: true }],
      footer: { text: 'f' },
    },
  ],
  components: [{ type: 1, components: [sourceButton] }],
};

const reply = { type: 4, data: message };

function withButton(button: Record<string, unknown>) {
  return { type: 4, data: { content: 'hi', components: [{ type: 1, components: [button] }] } };
}

const commands = [
  {
    name: 'fact',
    description: 'Answer a question from the sourced fact base',
    type: 1,
    options: [
      {
        type: 3,
        name: 'question',
        description: 'What do you want to know?',
        required: true,
        autocomplete: true,
      },
      { type: 5, name: 'public', description: 'Show the answer to everyone' },
    ],
    default_member_permissions: null,
    contexts: [0, 1],
    integration_types: [0],
  },
  {
    name: 'Find sourced facts',
    type: 3,
    default_member_permissions: '8192',
    contexts: [0],
    integration_types: [0],
  },
];

describe('validateRequest against the Discord OpenAPI spec', () => {
  it('accepts a channel message with an embed and a button, and its limits hold', () => {
    expect(validateInteractionCallback(reply)).toEqual([]);
    expect(checkDiscordLimits(reply)).toEqual([]);
  });

  it('accepts an autocomplete result', () => {
    const body = { type: 8, data: { choices: [{ name: 'a', value: 'b' }] } };
    expect(validateInteractionCallback(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([]);
  });

  it('accepts a deferred ephemeral reply', () => {
    const body = { type: 5, data: { flags: 64 } };
    expect(validateInteractionCallback(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([]);
  });

  it('accepts an update of the message a button is on', () => {
    const body = { type: 7, data: { content: 'hi', embeds: message.embeds, components: message.components } };
    expect(validateInteractionCallback(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([]);
  });

  it('rejects a callback of an unknown type', () => {
    const errors = validateInteractionCallback({ type: 99, data: { content: 'hi' } });
    expect(errors).toEqual([expect.stringMatching(/^\$\.type: must be one of 8, 4, 5, .* \(got 99\)$/)]);
  });

  it('rejects a button with a style Discord does not have', () => {
    const errors = validateInteractionCallback(withButton({ ...sourceButton, style: 9 }));
    expect(errors).toEqual([
      '$.data.components[0].components[0].style: must be one of 1, 2, 3, 4, 5, 6 (got 9)',
    ]);
  });

  it('rejects a button without a custom_id (the spec leaves it optional; the limits do not)', () => {
    const { custom_id: _omitted, ...button } = sourceButton;
    const body = withButton(button);
    expect(validateInteractionCallback(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([
      '$.data.components[0].components[0].custom_id: is required (1–100 characters)',
    ]);
  });

  it('rejects a button whose custom_id is not a string', () => {
    const errors = validateInteractionCallback(withButton({ ...sourceButton, custom_id: 42 }));
    expect(errors).toContain('$.data.components[0].components[0].custom_id: must be string or null (got 42)');
  });

  it('accepts a bulk overwrite of a slash command and a message context-menu command', () => {
    expect(validateCommandsPut(commands)).toEqual([]);
    expect(checkDiscordLimits(commands)).toEqual([]);
  });

  it('accepts the same commands on the guild route', () => {
    expect(validateRequest('PUT', '/api/v10/applications/1/guilds/2/commands', commands)).toEqual([]);
  });

  it('rejects a permission bit set that is not a decimal string', () => {
    const errors = validateCommandsPut([{ ...commands[1], default_member_permissions: 'ManageMessages' }]);
    expect(errors).toContain(
      '$[0].default_member_permissions: must match pattern "^(0|[1-9][0-9]*)$" (got "ManageMessages")',
    );
  });

  it('rejects a command option of an unknown type', () => {
    const errors = validateCommandsPut([
      { name: 'fact', description: 'd', options: [{ type: 42, name: 'q', description: 'd' }] },
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^\$\[0\]\.options\[0\]\.type: must be one of .* \(got 42\)$/),
    ]);
  });

  it('accepts a message posted to a channel', () => {
    expect(validateMessageCreate(message)).toEqual([]);
    expect(validateRequest('POST', '/api/v10/channels/5/messages', message)).toEqual([]);
    expect(checkDiscordLimits(message)).toEqual([]);
  });

  it('accepts an edit of the original interaction response, query string and all', () => {
    const path = '/api/v10/webhooks/1/tok/messages/@original?with_components=true';
    expect(validateRequest('PATCH', path, message)).toEqual([]);
    expect(validateRequest('PATCH', path, { content: 'x'.repeat(2001) })).toEqual([
      '$.content: must NOT have more than 2000 characters',
    ]);
  });

  it('accepts a request with no body when the operation takes none', () => {
    expect(validateRequest('DELETE', '/api/v10/webhooks/1/tok/messages/@original', undefined)).toEqual([]);
    expect(validateRequest('DELETE', '/webhooks/1/tok/messages/@original', { content: 'x' })).toEqual([
      '$: DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original takes no request body',
    ]);
  });

  it('reports a missing body that the operation requires', () => {
    expect(validateRequest('POST', '/api/v10/interactions/123/tok/callback', undefined)).toEqual([
      '$: POST /interactions/{interaction_id}/{interaction_token}/callback requires a request body',
    ]);
  });

  it('throws for a path the spec does not describe', () => {
    expect(() => validateRequest('POST', '/api/v10/factdesk/answers', {})).toThrow(
      /No path in the Discord OpenAPI spec matches POST \/api\/v10\/factdesk\/answers/,
    );
  });

  it('throws for a method the path does not support', () => {
    expect(() => validateRequest('PUT', '/api/v10/interactions/1/tok/callback', {})).toThrow(
      /no PUT operation .*callback \(POST\)/,
    );
  });
});

describe('checkDiscordLimits', () => {
  it('rejects embeds whose text totals more than 6,000 characters', () => {
    const embeds = [{ title: 't', description: 'd'.repeat(4000) }, { description: 'd'.repeat(3000) }];
    expect(checkDiscordLimits({ type: 4, data: { embeds } })).toEqual([
      "$.data.embeds: the embeds' text must total at most 6000 characters (got 7001)",
    ]);
  });

  it('rejects more than 25 autocomplete choices', () => {
    const choices = Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: `v${index}` }));
    expect(checkDiscordLimits({ type: 8, data: { choices } })).toEqual([
      '$.data.choices: at most 25 choices (got 26)',
    ]);
  });

  it('rejects more than 5 action rows', () => {
    const components = Array.from({ length: 6 }, (_, index) => ({
      type: 1,
      components: [{ ...sourceButton, custom_id: `fd:source:${index}` }],
    }));
    expect(checkDiscordLimits({ content: 'hi', components })).toEqual([
      '$.components: at most 5 action rows (got 6)',
    ]);
  });

  it('rejects an autocomplete choice whose name is over 100 characters', () => {
    const body = { type: 8, data: { choices: [{ name: 'n'.repeat(101), value: 'v' }] } };
    expect(checkDiscordLimits(body)).toEqual(['$.data.choices[0].name: must be 1–100 characters (got 101)']);
  });

  it('rejects a string choice value over 100 characters, which the spec allows up to 6000', () => {
    const body = { type: 8, data: { choices: [{ name: 'n', value: 'v'.repeat(101) }] } };
    expect(validateInteractionCallback(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual([
      '$.data.choices[0].value: must be at most 100 characters (got 101)',
    ]);
  });

  it('rejects an uppercase slash-command name', () => {
    const [slash] = commands;
    expect(checkDiscordLimits([{ ...slash, name: 'Fact' }])).toEqual([
      '$[0].name: must be lowercase (got "Fact")',
    ]);
  });

  it('rejects a slash-command option name with spaces', () => {
    const body = {
      name: 'fact',
      description: 'd',
      options: [{ type: 3, name: 'your question', description: 'd' }],
    };
    expect(checkDiscordLimits(body)).toEqual([expect.stringMatching(/^\$\.options\[0\]\.name: must match /)]);
  });

  it('rejects an embed field with an empty value', () => {
    const body = { embeds: [{ fields: [{ name: 'n', value: '' }] }] };
    expect(checkDiscordLimits(body)).toEqual([
      '$.embeds[0].fields[0].value: must be 1–1024 characters (got 0)',
    ]);
  });

  it('rejects message content over 2,000 characters, which the create-message schema allows up to 4000', () => {
    const body = { content: 'x'.repeat(2001) };
    expect(validateMessageCreate(body)).toEqual([]);
    expect(checkDiscordLimits(body)).toEqual(['$.content: must be at most 2000 characters (got 2001)']);
  });

  it('rejects two buttons on one message with the same custom_id', () => {
    const body = { components: [{ type: 1, components: [sourceButton, sourceButton] }] };
    expect(checkDiscordLimits(body)).toEqual([
      '$.components[0].components[1].custom_id: duplicates the custom_id at $.components[0].components[0].custom_id ("fd:source:x")',
    ]);
  });
});

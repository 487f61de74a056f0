// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Discord clients and process state live at the edge (src/bot, src/config.ts), never in commands or the core.
const EDGE_ONLY = ['discord.js', 'dotenv', '@discordjs/rest'];
const NOT_THE_ADAPTER = {
  group: ['**/bot/*'],
  message: 'src/bot is the adapter: it imports commands, not the reverse.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // The core (facts, search, rendering, summaries) and the commands stay free of Discord clients and
    // process state so they are tested as plain data. Dependencies point one way: src/bot (the discord.js
    // adapter) → commands → core.
    files: ['src/facts/**', 'src/search/**', 'src/render/**', 'src/summary/**', 'commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['discord.js', 'dotenv', '@discordjs/rest'],
          patterns: [
            { group: ['**/bot/*'], message: 'src/bot is the adapter: it imports commands, not the reverse.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pass configuration in; only src/config.ts reads the environment.' },
      ],
    },
  },
  {
    // The core knows no command: commands call the core.
    files: ['src/facts/**', 'src/search/**', 'src/render/**', 'src/summary/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: EDGE_ONLY,
          patterns: [
            NOT_THE_ADAPTER,
            { group: ['**/commands/*'], message: 'The core knows no command: commands call the core.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // Unused arguments prefixed with _ document a handler signature that ignores them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // The core (facts, search, rendering) stays free of Discord clients and process state so it is tested as plain data.
    files: ['src/facts/**', 'src/search/**', 'src/render/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['discord.js', 'dotenv', '@discordjs/rest'] }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pass configuration in; only src/config.ts reads the environment.' },
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

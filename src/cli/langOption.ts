// The `--lang` option of the offline tools (`npm start` without a token, `npm run ask`): the locale the
// reader reads, as a Discord client's locale would be. Without it the reader reads English; either way a
// Spanish question is answered in Spanish (src/locale.ts).
import { DEFAULT_LOCALE, REPLY_LOCALES, replyLocaleOf, type ReplyLocale } from '../locale.js';

export class LangOptionError extends Error {
  override name = 'LangOptionError';
}

/** Takes `--lang <locale>` (or `--lang=<locale>`) out of the arguments; the reader's locale and the rest. */
export function readLangOption(args: readonly string[]): { locale: ReplyLocale; rest: string[] } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--lang') {
      given = args[i + 1] ?? '';
      i += 1;
    } else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (given === undefined) return { locale: DEFAULT_LOCALE.en, rest };
  const locale = replyLocaleOf(given);
  if (!locale)
    throw new LangOptionError(
      `--lang takes en or es (or a locale: ${REPLY_LOCALES.join(', ')}); got "${given}"`,
    );
  return { locale, rest };
}

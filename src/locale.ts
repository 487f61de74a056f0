// Which language and regional format a reply is written in, and where that choice comes from: the reader's
// Discord client, the server's preferred locale, and the language of the question. The catalogs in
// src/messages*.ts are per language; dates, numbers and plurals follow the full locale through Intl.

/** The languages factdesk replies in: the language of a message catalog. */
export type Language = 'en' | 'es';

/** The Discord locales factdesk replies in. Spanish Spain and Latin America share a catalog, not number formats. */
export const REPLY_LOCALES = ['en-US', 'en-GB', 'es-ES', 'es-419'] as const;
export type ReplyLocale = (typeof REPLY_LOCALES)[number];

/**
 * The locale of a language when nothing more precise is known. Spanish defaults to Latin America's
 * (30,000 with a comma, as Mexico writes it): the negotiations are Mexico's, and so are most of the
 * Spanish-speaking readers they concern.
 */
export const DEFAULT_LOCALE: Record<Language, ReplyLocale> = { en: 'en-US', es: 'es-419' };

export const languageOf = (locale: ReplyLocale): Language => (locale.startsWith('es') ? 'es' : 'en');

/**
 * A locale as written by Discord ("es-ES", "es-419", "en-GB") or a person ("es", "EN"), as one factdesk
 * replies in; undefined for a language it does not speak (a French client), so the next source decides.
 */
export function replyLocaleOf(text: string | null | undefined): ReplyLocale | undefined {
  if (!text) return undefined;
  const exact = REPLY_LOCALES.find((l) => l.toLowerCase() === text.toLowerCase());
  if (exact) return exact;
  const language = text.toLowerCase().split(/[-_]/)[0];
  return language === 'es' || language === 'en' ? DEFAULT_LOCALE[language] : undefined;
}

/** Where the reader's locale comes from, most specific first. */
export interface LocaleSources {
  /** The locale of the reader's Discord client (the interaction's `locale`). */
  user?: string | null;
  /** The server's preferred locale (the interaction's `guild_locale`), absent outside servers. */
  guild?: string | null;
  /**
   * A language a server's moderators chose for factdesk (a per-server setting), which stands in for the
   * server's Discord locale when given.
   */
  server?: Language;
}

/** The server's language: its moderators' choice, else its Discord locale; undefined when neither is known. */
export function serverLocale(sources: Pick<LocaleSources, 'guild' | 'server'>): ReplyLocale | undefined {
  const guild = replyLocaleOf(sources.guild);
  if (!sources.server) return guild;
  return guild && languageOf(guild) === sources.server ? guild : DEFAULT_LOCALE[sources.server];
}

/** The reader's locale: their client's, else the server's, else American English. */
export function readerLocale(sources: LocaleSources): ReplyLocale {
  return replyLocaleOf(sources.user) ?? serverLocale(sources) ?? DEFAULT_LOCALE.en;
}

/**
 * The locale an answer to a question is written in. A question detected as Spanish is answered in Spanish
 * whatever the client says. An English question from a Spanish client is answered in Spanish too: the
 * detector reads anything not clearly Spanish (names, numbers, "title 42") as English, and the reader's
 * client is the better witness of what they read.
 */
export function answerLocale(reader: ReplyLocale, question: Language): ReplyLocale {
  return question === 'es' && languageOf(reader) !== 'es' ? DEFAULT_LOCALE.es : reader;
}

/** A number as the locale writes it: 30,000 (en, es-419) or 30.000 (es-ES). */
export function formatNumber(value: number, locale: ReplyLocale, digits?: number): string {
  return new Intl.NumberFormat(
    locale,
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
  ).format(value);
}

/** The form of a word for a count, by the language's plural rules: `forms.one` for 1, `forms.other` else. */
export function plural(language: Language, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(language).select(count) === 'one' ? forms.one : forms.other;
}

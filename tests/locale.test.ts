// Which locale a reply is written in: the reader's client, else the server's, else English; a Spanish
// question gets a Spanish answer whatever the client.
import { describe, expect, it } from 'vitest';
import { answerLocale, formatNumber, readerLocale, replyLocaleOf, serverLocale } from '../src/locale.js';

describe('the reader’s locale', () => {
  it('is the client’s when factdesk speaks it, Spain’s and Latin America’s Spanish kept apart', () => {
    expect(readerLocale({ user: 'es-ES', guild: 'en-US' })).toBe('es-ES');
    expect(readerLocale({ user: 'es-419', guild: 'en-US' })).toBe('es-419');
    expect(readerLocale({ user: 'en-GB', guild: 'es-ES' })).toBe('en-GB');
  });

  it('falls back to the server’s locale, then to American English', () => {
    expect(readerLocale({ user: 'fr', guild: 'es-419' })).toBe('es-419');
    expect(readerLocale({ user: null, guild: 'es-ES' })).toBe('es-ES');
    expect(readerLocale({ user: 'de', guild: 'fr' })).toBe('en-US');
    expect(readerLocale({})).toBe('en-US');
  });

  it('lets a server’s chosen language stand in for its Discord locale', () => {
    expect(readerLocale({ user: 'fr', guild: 'en-US', server: 'es' })).toBe('es-419');
    expect(serverLocale({ guild: 'es-ES', server: 'es' })).toBe('es-ES');
    expect(serverLocale({ guild: 'es-ES', server: 'en' })).toBe('en-US');
    expect(serverLocale({ guild: null })).toBeUndefined();
  });

  it('reads locales as people write them, and refuses languages factdesk does not speak', () => {
    expect(replyLocaleOf('es')).toBe('es-419');
    expect(replyLocaleOf('ES-es')).toBe('es-ES');
    expect(replyLocaleOf('es-MX')).toBe('es-419');
    expect(replyLocaleOf('en')).toBe('en-US');
    expect(replyLocaleOf('pt-BR')).toBeUndefined();
    expect(replyLocaleOf('')).toBeUndefined();
  });
});

describe('the locale of an answer', () => {
  it('is Spanish for a Spanish question, whatever the client', () => {
    expect(answerLocale('en-US', 'es')).toBe('es-419');
    expect(answerLocale('es-ES', 'es')).toBe('es-ES');
  });

  it('is the client’s for a question read as English', () => {
    expect(answerLocale('es-ES', 'en')).toBe('es-ES');
    expect(answerLocale('en-GB', 'en')).toBe('en-GB');
  });
});

describe('numbers', () => {
  it('are written the locale’s way', () => {
    expect(formatNumber(30000, 'es-ES')).toBe('30.000');
    expect(formatNumber(30000, 'es-419')).toBe('30,000');
    expect(formatNumber(1000000, 'en-US')).toBe('1,000,000');
    expect(formatNumber(0.9, 'es-ES', 2)).toBe('0,90');
  });
});

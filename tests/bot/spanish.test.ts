// Spanish end to end, through the real discord.js: a reader whose client is in Spanish (Spain or Latin
// America), or whose server is, reads every reply in Spanish, with the verbatim quote kept in English and
// labelled; a Spanish question is answered in Spanish whatever the client. Every request is checked against
// Discord's OpenAPI description after each test (useBotHarness).
import { describe, expect, it } from 'vitest';
import { catalogFor, ENGLISH } from '../../src/messages.js';
import {
  buttonClick,
  CHANNEL_ID,
  lastCallback,
  messageContextMenu,
  MODERATOR,
  slashCommand,
  type Harness,
  useBotHarness,
} from '../support/discordHarness.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read Discord JSON loosely */

const bot = useBotHarness();
const { TEXT, MESSAGES } = catalogFor('es-ES');

/** An interaction as a client of `locale` sends it, in a server of `guild`. */
function from<T extends Record<string, unknown>>(payload: T, locale: string, guild = 'en-US'): T {
  return { ...payload, locale, guild_locale: guild };
}

async function ask(question: string, locale: string, guild = 'en-US') {
  const h = await bot.start();
  await h.dispatch(from(slashCommand('ask', { question }), locale, guild));
  return { h, data: lastCallback(h).data };
}

const labels = (data: any): string[] =>
  data.components.flatMap((row: any) => row.components.map((c: any) => c.label));
const fields = (embed: any): Record<string, string> =>
  Object.fromEntries(embed.fields.map((f: any) => [f.name, f.value]));

describe('a Spanish client', () => {
  it('gets the Spanish statement, labels and buttons, with the quote in English labelled as such', async () => {
    const { data } = await ask('When did Title 42 end?', 'es-ES');
    const [embed] = data.embeds;
    expect(data.content).toBe(TEXT.question('When did Title 42 end?'));
    expect(embed.description).toMatch(/^\*\*El Título 42, .* terminó en mayo/);
    expect(embed.description).toContain(
      `_${TEXT.quotesLabel}:_\n> “For three years, during that strategy that ended in May”`,
    );
    expect(embed.title).toBe('Hecho · fin del Título 42');
    expect(fields(embed)).toMatchObject({
      'Atribuido a': 'el artículo',
      Cuándo: 'mayo de 2023 (año inferido del texto) — terminó',
      Publicado: 'hacia enero de 2024 (fecha inferida del texto)',
    });
    expect(embed.footer.text).toMatch(/^dato title-42-ended-may-2023 · base de datos /);
    expect(labels(data)).toEqual(['Fuente ¶7', 'Datos relacionados', 'Copiar cita', 'Compartir en el canal']);
  });

  it('in Latin America (es-419) gets the same Spanish, with numbers written the Latin American way', async () => {
    const { data } = await ask('how many migrants a month will mexico take back?', 'es-419');
    expect(data.embeds[0].description).toContain('30.000 migrantes cada mes');
    expect(fields(data.embeds[0]).Cifras).toBe('30,000 migrantes readmitidos al mes');
    const spain = await ask('how many migrants a month will mexico take back?', 'es-ES');
    expect(fields(spain.data.embeds[0]).Cifras).toBe('30.000 migrantes readmitidos al mes');
  });

  it('is answered in Spanish from the server’s locale when its own client language is one factdesk lacks', async () => {
    const { data } = await ask('When did Title 42 end?', 'fr', 'es-419');
    expect(data.content).toBe(TEXT.question('When did Title 42 end?'));
    const english = await ask('When did Title 42 end?', 'fr', 'fr');
    expect(english.data.content).toBe(ENGLISH.TEXT.question('When did Title 42 end?'));
  });

  it('gets a Spanish decline, and Spanish errors', async () => {
    const { data } = await ask('write a haiku about tacos', 'es-ES');
    expect(data.embeds[0].title).toBe(TEXT.declineTitle);
    expect(data.embeds[0].description).toContain(TEXT.declineAsked('write a haiku about tacos'));
    const h = await bot.start();
    await h.dispatch(from(slashCommand('timeline', { from: '2023-02-31' }), 'es-ES'));
    expect(lastCallback(h).data).toMatchObject({
      content: MESSAGES.notARealDate('from', '2023-02-31'),
      flags: 64,
    });
  });

  it('reads the Spanish lists: /timeline, /figures, /positions, /who, /policies, /about and /help', async () => {
    const h = await bot.start();
    const reply = async (command: string, options: Record<string, string> = {}) => {
      await h.dispatch(from(slashCommand(command, options), 'es-ES'));
      return lastCallback(h).data;
    };
    const timeline = await reply('timeline', { from: '2023-12' });
    expect(timeline.embeds[0].title).toBe('Cronología desde diciembre de 2023');
    expect(timeline.embeds[0].fields.map((f: any) => f.name)).toContain(
      '30 de diciembre de 2023 (año inferido del texto) — empezó a deportar',
    );
    expect(timeline.embeds[0].fields.map((f: any) => f.name)).toContain(
      'finales de diciembre de 2023 (año inferido del texto) — visita',
    );
    const figures = await reply('figures');
    expect(figures.embeds[0].title).toBe(TEXT.figuresTitle);
    expect(figures.embeds[0].fields.map((f: any) => f.name)).toContain(
      'más de un millón de migrantes devueltos al año; tres años de vigencia del Título 42',
    );
    const positions = await reply('positions');
    expect(positions.embeds.map((e: any) => e.title)).toEqual([
      TEXT.sideTitles.us,
      TEXT.sideTitles.mexico,
      TEXT.sideTitles.both,
    ]);
    const who = await reply('who', { actor: 'AMLO' });
    expect(who.embeds[0].title).toMatch(/^Quién es quién · /);
    expect(who.embeds[0].description).toContain(`_${TEXT.quotesLabel}:_`);
    const policies = await reply('policies');
    expect(policies.embeds[0].fields[0].name).toMatch(
      / — (vigente|terminada|propuesta \/ exigida|estado no indicado)$/,
    );
    const about = await reply('about');
    expect(about.embeds[0].title).toBe(TEXT.aboutTitle);
    expect(about.embeds[0].fields[0].value).toContain('publicado hacia enero de 2024');
    const help = await reply('help');
    expect(help.embeds[0].description).toContain(TEXT.help.ask);
    expect(help.embeds[0].description).toContain(TEXT.help['Find sourced facts']);
  });

  it('reads the source paragraph in English under a Spanish label, with Spanish provenance', async () => {
    const h = await bot.start();
    await h.dispatch(from(slashCommand('source', { fact: 'title-42-ended-may-2023' }), 'es-419'));
    const [embed] = lastCallback(h).data.embeds;
    expect(embed.description).toMatch(new RegExp(`^_${TEXT.paragraphLabel}:_\\n.*\\*\\*For three years`));
    expect(fields(embed)).toMatchObject({
      Medio: 'no consta en la copia; el texto atribuye su información a NBC News',
      'Párrafo 7': 'contado en la copia sin duplicados; párrafo 9 de la copia recibida',
    });
  });

  it('gets Spanish pages when turning one: the clicker’s language', async () => {
    const h = await bot.start();
    await h.dispatch(from(slashCommand('timeline'), 'es-ES'));
    const later = lastCallback(h).data.components[0].components.find((c: any) => c.label === TEXT.later);
    await h.dispatch(from(buttonClick(later.custom_id), 'es-ES'));
    expect(lastCallback(h).data.embeds[0].footer.text).toMatch(/^página 2 de \d+ · base de datos /);
  });
});

describe('the language of the question', () => {
  it('answers a Spanish question in Spanish to an English client', async () => {
    const { data } = await ask('¿Cuándo terminó el Título 42?', 'en-US');
    expect(data.content).toBe(TEXT.question('¿Cuándo terminó el Título 42?'));
    expect(data.embeds[0].description).toContain(`_${TEXT.quotesLabel}:_`);
  });

  it('answers an English question to a Spanish client in Spanish: the client says what its reader reads', async () => {
    const { data } = await ask('When did Title 42 end?', 'es-419');
    expect(data.embeds[0].description).toMatch(/^\*\*El Título 42/);
  });

  it('answers a Spanish message with "Find sourced facts" in Spanish', async () => {
    const h = await bot.start();
    await h.dispatch(from(messageContextMenu('¿Cuándo terminó el Título 42?'), 'en-US'));
    const { data } = lastCallback(h);
    expect(data.content).toBe(TEXT.fromMessage('¿Cuándo terminó el Título 42?'));
    expect(data.embeds[0].description).toMatch(/^\*\*El Título 42/);
  });
});

describe('a server’s language (/settings)', () => {
  it('answers everyone there in the language it chose, the reader’s variant of it where theirs', async () => {
    const h = await bot.start({ config: { REPLY_LANGUAGE: 'es' } });
    await h.dispatch(from(slashCommand('ask', { question: 'When did Title 42 end?' }), 'en-US'));
    expect(lastCallback(h).data.content).toBe(TEXT.question('When did Title 42 end?'));
    await h.dispatch(from(slashCommand('figures'), 'es-ES'));
    expect(lastCallback(h).data.embeds[0].fields.map((f: any) => f.name)).toContain(
      '30.000 migrantes readmitidos al mes',
    );
  });

  it('answers a Spanish question in English where the server chose English', async () => {
    const h = await bot.start({ config: { REPLY_LANGUAGE: 'en' } });
    await h.dispatch(from(slashCommand('ask', { question: '¿Cuándo terminó el Título 42?' }), 'es-ES'));
    expect(lastCallback(h).data.content).toBe(ENGLISH.TEXT.question('¿Cuándo terminó el Título 42?'));
  });
});

describe('/summary in Spanish', () => {
  const channelPosts = (h: Harness) =>
    h.requests.filter((r) => r.method === 'POST' && r.path.includes('/channels/'));

  it('posts in the server’s language by default', async () => {
    const h = await bot.start();
    await h.dispatch(
      from(slashCommand('summary', { topic: 'overview' }, { permissions: MODERATOR }), 'en-US', 'es-ES'),
    );
    const preview = lastCallback(h).data;
    // The preview's words are the moderator's (English); the summary is the server's (Spanish).
    expect(preview.content).toBe(ENGLISH.TEXT.summaryPreview(CHANNEL_ID));
    expect(preview.embeds[0].title).toBe(TEXT.summaryTitle(TEXT.summaryTopics.overview));
    const post = preview.components[0].components[0];
    await h.dispatch(from(buttonClick(post.custom_id, { permissions: MODERATOR }), 'en-US', 'es-ES'));
    const body = channelPosts(h)[0]?.body as any;
    expect(body.embeds[0].description).toContain(`**${TEXT.summarySections.usAsks}**`);
    expect(body.embeds[0].footer.text).toMatch(/^Cada línea es un enunciado/);
  });

  it('posts in the language the moderator picks, whatever the server’s', async () => {
    const h = await bot.start();
    await h.dispatch(
      from(
        slashCommand('summary', { topic: 'timeline', language: 'es' }, { permissions: MODERATOR }),
        'en-US',
        'en-US',
      ),
    );
    const preview = lastCallback(h).data;
    expect(preview.embeds[0].title).toBe(TEXT.summaryTitle(TEXT.summaryTopics.timeline));
    expect(preview.embeds[0].description).toMatch(/^• finales de 2023 — /m);
    await h.dispatch(
      from(buttonClick(preview.components[0].components[0].custom_id, { permissions: MODERATOR }), 'en-US'),
    );
    expect((channelPosts(h)[0]?.body as any).embeds).toEqual(preview.embeds);
    const english = await bot.start();
    await english.dispatch(
      from(
        slashCommand('summary', { topic: 'figures', language: 'en' }, { permissions: MODERATOR }),
        'es-ES',
        'es-ES',
      ),
    );
    const englishPreview = lastCallback(english).data;
    expect(englishPreview.content).toBe(TEXT.summaryPreview(CHANNEL_ID));
    expect(englishPreview.embeds[0].title).toBe(ENGLISH.TEXT.summaryTitle('figures'));
  });
});

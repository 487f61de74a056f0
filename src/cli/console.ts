// The offline console of `npm start` without a Discord token: answers questions typed at a prompt, or each
// line of piped input, from the embedded fact base, in the reader's locale (`npm start -- --lang es`).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerLocale, type ReplyLocale } from '../locale.js';
import { catalogFor } from '../messages.js';
import { answerText } from '../render/answerText.js';
import type { Answer, Engine } from '../search/engine.js';

/** The offline console's questions are counted under this name instead of a server id. */
export const CONSOLE_GUILD_ID = 'console';

export function consoleBanner(engine: Engine, locale: ReplyLocale): string {
  const { base } = engine;
  const { terminal } = catalogFor(locale).TEXT;
  return [
    terminal.banner(base.facts.length, base.sources.length, base.version),
    terminal.bannerAsk,
    terminal.bannerBot,
  ].join('\n');
}

/** Answers each line of input until it ends. With `interactive`, shows a banner and a prompt. */
export async function runConsole(options: {
  engine: Engine;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** The reader's locale; a Spanish question is answered in Spanish whatever it is. */
  locale: ReplyLocale;
  /** Called with each answer, to count it and queue what the record could not answer. */
  record?: (answer: Answer) => Promise<void>;
}): Promise<void> {
  const { engine, input, output, interactive, record, locale } = options;
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${consoleBanner(engine, locale)}\n\n`);
    lines.setPrompt('ask> ');
    lines.prompt();
  }
  const recording: Promise<void>[] = [];
  let first = true;
  for await (const line of lines) {
    if (line.trim()) {
      if (!interactive && !first) output.write('\n---\n\n');
      const answer = await engine.answer(line);
      if (record) recording.push(record(answer));
      output.write(`${answerText(answer, engine.base, answerLocale(locale, answer.language))}\n`);
      first = false;
    }
    if (interactive) {
      output.write('\n');
      lines.prompt();
    }
  }
  await Promise.all(recording);
}

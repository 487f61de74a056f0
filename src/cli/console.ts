// The offline console of `npm start` without a Discord token: answers questions typed at a prompt, or each
// line of piped input, from the embedded fact base.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerText } from '../render/answerText.js';
import type { Answer, Engine } from '../search/engine.js';

/** The offline console's questions are counted under this name instead of a server id. */
export const CONSOLE_GUILD_ID = 'console';

export function consoleBanner(engine: Engine): string {
  const { base } = engine;
  return [
    `factdesk (offline) — ${base.facts.length} sourced facts from ${base.sources.length} source(s), fact base ${base.version}.`,
    'Ask a question about the 2024 US–Mexico migration talks; Ctrl+D quits.',
    'To run the Discord bot, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README, "Connecting to Discord").',
  ].join('\n');
}

/** Answers each line of input until it ends. With `interactive`, shows a banner and a prompt. */
export async function runConsole(options: {
  engine: Engine;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Called with each answer, to count it and queue what the record could not answer. */
  record?: (answer: Answer) => Promise<void>;
}): Promise<void> {
  const { engine, input, output, interactive, record } = options;
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${consoleBanner(engine)}\n\n`);
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
      output.write(`${answerText(answer, engine.base)}\n`);
      first = false;
    }
    if (interactive) {
      output.write('\n');
      lines.prompt();
    }
  }
  await Promise.all(recording);
}

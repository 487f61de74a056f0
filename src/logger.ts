// Structured logs with pino: one JSON object per line on stderr, filtered by LOG_LEVEL, with every configured
// secret replaced in the finished line, so no code path (an error message, a stack, a field) can leak it.
import { pino } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Replaces each secret in a text; secrets shorter than 8 characters are not worth a false match. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out;
}

export function createLogger(options: {
  level: LogLevel;
  secrets?: readonly string[];
  /** Receives each finished line (without its newline); stderr when absent. */
  write?: (line: string) => void;
}): Logger {
  const secrets = options.secrets ?? [];
  // Synchronous on stderr: a line logged just before process.exit must not be lost.
  const destination = options.write
    ? { write: (chunk: string) => options.write?.(chunk.replace(/\n$/, '')) }
    : pino.destination({ fd: 2, sync: true });
  const log = pino(
    {
      level: options.level,
      messageKey: 'message',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err },
      hooks: { streamWrite: (line) => redact(line, secrets) },
    },
    destination,
  );
  const at =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      log[level](fields, message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

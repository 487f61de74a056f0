// The JSON Schemas that editors use to validate and complete the files in data/, generated from the zod
// schemas so that the two never disagree (a test compares them with the committed files).
import { z } from 'zod';
import { FactFile, Source } from './schema.js';

/** File name in data/schema/ → JSON Schema document. */
export function jsonSchemas(): Record<string, unknown> {
  // "input" describes what a curator writes: fields with defaults may be left out.
  const generate = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'facts.schema.json': generate(FactFile, 'factdesk fact file (data/facts/*.json)'),
    'source.schema.json': generate(Source, 'factdesk source document (data/sources/*.json)'),
  };
}

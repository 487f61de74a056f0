// Turns a plain-text document into a source file for data/sources/ (npm run source:add): paragraphs
// numbered, repeated paragraphs stored once and reported, and every field the curator does not give left
// out rather than guessed. Pure: the script does the reading and writing.
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { CalendarDate, Slug, Source } from './schema.js';
import { foldWhitespace } from './text.js';

/** What a curator may say about a document when adding it; anything left out stays unknown. */
export const SourceFields = z
  .object({
    id: Slug.optional(),
    title: z.string().optional(),
    label: z.string().optional(),
    outlet: z.string().optional(),
    date: CalendarDate.optional(),
    url: z.string().optional(),
  })
  .strict();
export type SourceFields = z.infer<typeof SourceFields>;

/** A paragraph of the copy that repeats an earlier one, and where both stand in the copy. */
export interface RepeatedParagraph {
  /** The stored paragraph number. */
  n: number;
  /** Its numbers in the copy as received. */
  received: number[];
}

export interface SourceDraft {
  source: Source;
  repeated: RepeatedParagraph[];
  /** Paragraphs in the copy as received, before repeats were removed. */
  receivedCount: number;
  /** The descriptive fields left empty because the curator did not give them. */
  unknown: ('title or label' | 'outlet' | 'date' | 'url')[];
}

/**
 * The paragraphs of a plain-text document: blocks separated by blank lines when it has any (lines within
 * a block are joined), otherwise one paragraph per non-empty line, as in copies pasted from the web.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  return blocks.map(foldWhitespace).filter((block) => block.length > 0);
}

/** A slug from a file name: "NBC talks (copy).txt" → "nbc-talks-copy". */
export function slugFromFileName(file: string): string {
  return basename(file, extname(file))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Builds the source file of a document; throws a zod error naming the field when a given field is invalid. */
export function draftSource(text: string, file: string, fields: SourceFields): SourceDraft {
  const given = SourceFields.parse(fields);
  const received = splitParagraphs(text);
  const stored: { n: number; text: string; received: number[] }[] = [];
  const byText = new Map<string, (typeof stored)[number]>();
  received.forEach((paragraph, i) => {
    const earlier = byText.get(paragraph);
    if (earlier) earlier.received.push(i + 1);
    else {
      const entry = { n: stored.length + 1, text: paragraph, received: [i + 1] };
      stored.push(entry);
      byText.set(paragraph, entry);
    }
  });
  const repeated = stored
    .filter((p) => p.received.length > 1)
    .map(({ n, received: r }) => ({ n, received: r }));
  // The mapping to the copy is kept only where it differs from the stored numbering, as in the schema.
  const paragraphs = stored.map(({ n, text: body, received: r }) =>
    r.length === 1 && r[0] === n ? { n, text: body } : { n, text: body, received: r },
  );
  const precision = (['year', 'month', 'day'] as const)[(given.date?.split('-').length ?? 1) - 1] ?? 'year';
  const notes = [
    `Added with npm run source:add from ${basename(file)}: ${received.length} paragraph(s) as received, ${stored.length} stored.`,
    repeated.length > 0
      ? `Repeated paragraphs were stored once; paragraph numbers count the de-duplicated copy, and "received" gives each paragraph's numbers in the copy as received.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const source = Source.parse({
    $schema: '../schema/source.schema.json',
    id: given.id ?? slugFromFileName(file),
    ...(given.title ? { title: given.title } : {}),
    ...(given.label ? { label: given.label } : {}),
    ...(given.outlet ? { outlet: given.outlet } : {}),
    ...(given.url ? { url: given.url } : {}),
    ...(given.date ? { reported: { value: given.date, precision } } : {}),
    notes,
    paragraphs,
  });
  const unknown: SourceDraft['unknown'] = [];
  if (!given.title && !given.label) unknown.push('title or label');
  if (!given.outlet) unknown.push('outlet');
  if (!given.date) unknown.push('date');
  if (!given.url) unknown.push('url');
  return { source, repeated, receivedCount: received.length, unknown };
}

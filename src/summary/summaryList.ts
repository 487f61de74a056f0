// The curated summary list in data/summary.json: the overview /summary posts, in order, and the asks of
// each side that /positions adds to the positions filed under that side. Read once and checked by zod;
// ids missing from the loaded fact base are reported by whoever uses them, never dropped silently.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Slug } from '../facts/schema.js';

/** The sections of the overview, in the order a curator may list them. */
export const SummarySection = z.enum(['usAsks', 'mexicoAsks', 'figures', 'next']);
export type SummarySection = z.infer<typeof SummarySection>;

export const SummaryList = z
  .object({
    $comment: z.string().optional(),
    overview: z.array(z.object({ section: SummarySection, facts: z.array(Slug).min(1) }).strict()).min(1),
  })
  .strict();
export type SummaryList = z.infer<typeof SummaryList>;

export const SUMMARY_LIST_FILE = new URL('../../data/summary.json', import.meta.url);

/** Parses the list; a broken file fails with the file and field named, at start-up rather than mid-post. */
export function parseSummaryList(text: string, file = 'data/summary.json'): SummaryList {
  const parsed = SummaryList.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

export const SUMMARY_LIST = parseSummaryList(readFileSync(SUMMARY_LIST_FILE, 'utf8'));

/** The fact ids the list puts under a section, in order. */
export function sectionFacts(list: SummaryList, section: SummarySection): string[] {
  return list.overview.filter((s) => s.section === section).flatMap((s) => s.facts);
}

// The fact base as schema.org ClaimReview JSON-LD, for newsrooms' CMSs (`npm run export -- --format
// claimreview`). A fact records a claim a source made, in the source's words: each review says what the
// claim is (the curated statement), its words and who made it (the quotes and attribution), where it
// appears (the source document, as the copy describes itself) and who reviewed it (the curating
// organisation). It gives no rating: the record holds no verdicts, and one would be invented here.
import type { FactBase } from '../facts/load.js';
import type { Fact, Source } from '../facts/schema.js';
import { CLAIMREVIEW_TEXT, PROVENANCE } from '../messages.js';
import { formatCitation } from '../render/citation.js';

export interface ClaimReviewOptions {
  /** The organisation that curates the facts: the author of every review. */
  author: { name: string; url?: string };
  /** The public page of a fact, where the organisation has one: the review's url. */
  factUrl?: (factId: string) => string;
}

/** A JSON-LD node: a schema.org type and its properties. */
export type JsonLdNode = { '@type': string } & { [property: string]: JsonLdValue };
type JsonLdValue = string | JsonLdNode | JsonLdValue[];

export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/**
 * Where a claim appears: the document, named only as it names itself (a curator's label is marked as one),
 * with its outlet and date only when the copy prints them. An inferred or approximate date is left out:
 * schema.org has no way to say that a date was worked out rather than printed.
 */
function appearance(source: Source): JsonLdNode {
  const { reported } = source;
  return {
    '@type': 'CreativeWork',
    identifier: source.id,
    ...(source.title ? { headline: source.title } : { description: PROVENANCE.untitled(source.label) }),
    ...(source.url ? { url: source.url } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(reported && !reported.inferred && !reported.approximate ? { datePublished: reported.value } : {}),
  };
}

function review(fact: Fact, base: FactBase, options: ClaimReviewOptions): JsonLdNode {
  const sources = [...new Set(fact.quotes.map((q) => q.source))].flatMap((id) =>
    base.sources.filter((s) => s.id === id),
  );
  const body = [
    CLAIMREVIEW_TEXT.body(formatCitation(fact, base)),
    ...fact.notes.map((note) => CLAIMREVIEW_TEXT.note(note.text)),
    ...(fact.supersededBy ? [PROVENANCE.supersededBy(fact.supersededBy)] : []),
  ];
  const latest = fact.corrections.at(-1);
  return {
    '@type': 'ClaimReview',
    identifier: fact.id,
    ...(options.factUrl ? { url: options.factUrl(fact.id) } : {}),
    claimReviewed: fact.statement,
    reviewBody: body.join(' '),
    author: {
      '@type': 'Organization',
      name: options.author.name,
      ...(options.author.url ? { url: options.author.url } : {}),
    },
    inLanguage: 'en',
    itemReviewed: {
      '@type': 'Claim',
      text: fact.quotes.map((q) => q.text).join(' … '),
      creditText: fact.attribution,
      appearance: sources.map(appearance),
    },
    // A newsroom's corrections, dated, as schema.org's CorrectionComment: the review changed, not a verdict.
    ...(latest
      ? {
          correction: fact.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.note,
            datePublished: c.date,
          })),
          dateModified: latest.date,
        }
      : {}),
  };
}

/** One ClaimReview per fact, in the fact base's order, as one JSON-LD document. */
export function claimReviewDocument(base: FactBase, options: ClaimReviewOptions): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': base.facts.map((fact) => review(fact, base, options)),
  };
}

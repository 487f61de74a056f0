// The ClaimReview export: one review per fact that conforms to the schema.org vocabulary shipped in
// data/schemaorg/, honest about what the record holds (no rating, no date it does not print), and a
// validator that fails on what schema.org does not define.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimReviewDocument, type JsonLdNode } from '../../src/export/claimReview.js';
import {
  loadVocabulary,
  SCHEMAORG_TERMS,
  validateJsonLd,
  VOCABULARY_FILE,
  type Vocabulary,
} from '../../src/export/schemaorg.js';
import { EMBEDDED_DATA_DIR, loadFactBase, type FactBase } from '../../src/facts/load.js';
import { runScript } from '../support/run.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read JSON-LD loosely */

const AUTHOR = { name: 'Example Newsroom', url: 'https://news.example' };
let base: FactBase;
let vocabulary: Vocabulary;
beforeAll(async () => {
  base = await loadFactBase(EMBEDDED_DATA_DIR);
  vocabulary = await loadVocabulary();
});

const exportOf = (b: FactBase = base) =>
  claimReviewDocument(b, { author: AUTHOR, factUrl: (id) => `https://news.example/facts/${id}` });

describe('the ClaimReview export', () => {
  it('reviews every fact as its source made the claim, and conforms to the schema.org vocabulary', () => {
    const document = exportOf();
    expect(validateJsonLd(document, vocabulary)).toEqual([]);
    expect(document['@graph']).toHaveLength(base.facts.length);
    const fact = base.facts.find((f) => f.kind === 'figure')!;
    const review = document['@graph'].find((r) => r.identifier === fact.id) as any;
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: `https://news.example/facts/${fact.id}`,
      claimReviewed: fact.statement,
      author: { '@type': 'Organization', name: AUTHOR.name, url: AUTHOR.url },
      inLanguage: 'en',
      itemReviewed: {
        '@type': 'Claim',
        text: fact.quotes.map((q) => q.text).join(' … '),
        creditText: fact.attribution,
      },
    });
    expect(review.reviewBody).toContain(`“${fact.quotes[0]!.text}”`);
    expect(review.reviewBody).toContain('no verdict');
  });

  it('gives no rating, and no outlet, headline or date the copy does not print', () => {
    const text = JSON.stringify(exportOf());
    expect(text).not.toContain('reviewRating');
    const [source] = base.sources;
    // The embedded source prints no headline, outlet or date: the appearance says so and invents none.
    expect(source).toMatchObject({ reported: { inferred: 'date' } });
    const appearance = (exportOf()['@graph'][0] as any).itemReviewed.appearance;
    expect(appearance).toEqual([
      {
        '@type': 'CreativeWork',
        identifier: source!.id,
        description: `untitled; curator's label: ${source!.label}`,
      },
    ]);
  });

  it('names the document, outlet and date where the copy prints them', () => {
    const printed = {
      ...base,
      sources: base.sources.map((s) => ({
        ...s,
        title: 'US presses Mexico on migration',
        outlet: 'NBC News',
        url: 'https://www.nbcnews.com/example',
        reported: { value: '2024-01-15', precision: 'day' as const, approximate: false },
      })),
    };
    const document = exportOf(printed);
    expect(validateJsonLd(document, vocabulary)).toEqual([]);
    expect((document['@graph'][0] as any).itemReviewed.appearance[0]).toMatchObject({
      headline: 'US presses Mexico on migration',
      url: 'https://www.nbcnews.com/example',
      publisher: { '@type': 'Organization', name: 'NBC News' },
      datePublished: '2024-01-15',
    });
  });

  it('lists a fact’s corrections, dated, as the review’s CorrectionComments', () => {
    const [first, ...rest] = base.facts;
    const corrected = {
      ...base,
      facts: [
        {
          ...first!,
          corrections: [
            { date: '2024-02-01', note: 'The figure was 30,000, not 3,000.' },
            { date: '2024-03-05', note: 'The month was January, not February.' },
          ],
        },
        ...rest,
      ],
    };
    const document = exportOf(corrected);
    expect(validateJsonLd(document, vocabulary)).toEqual([]);
    expect(document['@graph'][0]).toMatchObject({
      dateModified: '2024-03-05',
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'The figure was 30,000, not 3,000.',
          datePublished: '2024-02-01',
        },
        {
          '@type': 'CorrectionComment',
          text: 'The month was January, not February.',
          datePublished: '2024-03-05',
        },
      ],
    });
    expect(document['@graph'][1]).not.toHaveProperty('correction');
  });
});

describe('validation against the schema.org vocabulary', () => {
  const withReview = (change: (review: any) => void) => {
    const document = exportOf();
    change(document['@graph'][0]);
    return validateJsonLd(document, vocabulary);
  };

  it('fails on a property schema.org does not define', () => {
    expect(withReview((r) => (r.verdict = 'true'))).toEqual([
      '@graph[0].verdict: "verdict" is not a schema.org property (of the shipped vocabulary)',
    ]);
  });

  it('fails on a value of a type the property does not take', () => {
    expect(withReview((r) => (r.author = 'Example Newsroom'))).toEqual([
      '@graph[0].author: "Example Newsroom" is not a Organization or Person',
    ]);
    expect(withReview((r) => (r.itemReviewed.appearance[0].datePublished = 'last week'))).toEqual([
      '@graph[0].itemReviewed.appearance[0].datePublished: "last week" is not a Date or DateTime',
    ]);
    expect(withReview((r) => (r.url = 'news.example/facts/x'))).toEqual([
      '@graph[0].url: "news.example/facts/x" is not a URL',
    ]);
    expect(withReview((r) => (r.itemReviewed = { '@type': 'Text' }))).toEqual([
      '@graph[0].itemReviewed: unknown type "Text"',
    ]);
    expect(withReview((r) => (r.author = { '@type': 'Claim', text: 'x' }))).toEqual([
      '@graph[0].author: a Claim where Organization or Person is expected',
    ]);
  });

  it('fails on a property of another type, and on an unknown type', () => {
    expect(withReview((r) => (r.itemReviewed.claimReviewed = 'x'))).toEqual([
      '@graph[0].itemReviewed.claimReviewed: "claimReviewed" is not a property of Claim',
    ]);
    expect(withReview((r) => (r['@type'] = 'FactCheck'))).toEqual(['@graph[0]: unknown type "FactCheck"']);
    expect(validateJsonLd({ '@graph': [] }, vocabulary)).toEqual([
      'the document needs "@context": "https://schema.org"',
    ]);
  });

  it('ships exactly the schema.org terms the export may use, as the release defines them', async () => {
    const shipped = JSON.parse(await readFile(VOCABULARY_FILE, 'utf8')) as { '@graph': JsonLdNode[] };
    expect(shipped['@graph'].map((t) => t['@id'])).toEqual(SCHEMAORG_TERMS.map((t) => `schema:${t}`));
    expect(vocabulary.properties.get('claimReviewed')).toEqual({ domain: ['ClaimReview'], range: ['Text'] });
    expect(vocabulary.classes.get('ClaimReview')).toEqual(['Review']);
  });
});

describe('npm run export', () => {
  it('writes the ClaimReviews, authored by the configured organisation, and refuses without one', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'factdesk-export-')), 'claims.jsonld');
    const refused = runScript(['scripts/export.ts', '--format', 'claimreview']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Set CURATOR_ORGANIZATION/);
    expect(runScript(['scripts/export.ts', '--format', 'csv']).stderr).toMatch(
      /unknown format "csv"; formats: claimreview/,
    );
    const result = runScript(['scripts/export.ts', '--format', 'claimreview', '--out', out], {
      env: { CURATOR_ORGANIZATION: 'Example Newsroom', FACT_URL_TEMPLATE: 'https://news.example/f/{id}' },
    });
    expect(result.stderr).toMatch(/wrote 54 ClaimReviews/);
    expect(result.status).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(validateJsonLd(written, vocabulary)).toEqual([]);
    expect(written['@graph'][0].author.name).toBe('Example Newsroom');
    expect(written['@graph'][0].url).toMatch(/^https:\/\/news\.example\/f\/[a-z0-9-]+$/);
  });
});

// Checks JSON-LD against the schema.org vocabulary shipped in data/schemaorg/ (the terms the exports use,
// cut from a schema.org release): every node's type is a known class, every property is defined for that
// type, and every value is of a type the property takes. Stricter than schema.org asks of publishers, on
// purpose: what factdesk exports is exactly what the vocabulary says, so a CMS can rely on it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CalendarDate } from '../facts/schema.js';

/** The schema.org terms the ClaimReview export may use; `npm run schemaorg:subset` copies just these. */
export const SCHEMAORG_TERMS = [
  // Classes, with every class above them.
  'Thing',
  'CreativeWork',
  'Review',
  'ClaimReview',
  'Claim',
  'Comment',
  'CorrectionComment',
  'Organization',
  // Data types.
  'Text',
  'URL',
  'Date',
  'DateTime',
  // Properties.
  'appearance',
  'author',
  'claimReviewed',
  'correction',
  'creditText',
  'dateModified',
  'datePublished',
  'description',
  'headline',
  'identifier',
  'inLanguage',
  'itemReviewed',
  'name',
  'publisher',
  'reviewBody',
  'text',
  'url',
] as const;

export const VOCABULARY_FILE = fileURLToPath(
  new URL('../../data/schemaorg/claimreview-vocabulary.jsonld', import.meta.url),
);

const Ids = z
  .union([z.object({ '@id': z.string() }), z.array(z.object({ '@id': z.string() }))])
  .optional()
  .transform((ids) => (ids === undefined ? [] : [ids].flat().map((i) => i['@id'].replace(/^schema:/, ''))));

const Term = z.object({
  '@id': z.string().startsWith('schema:'),
  '@type': z.union([z.string(), z.array(z.string())]),
  'rdfs:subClassOf': Ids,
  'schema:domainIncludes': Ids,
  'schema:rangeIncludes': Ids,
});

const VocabularyFile = z.object({ '@graph': z.array(Term) });

/** The classes (each with the classes it directly belongs to) and properties of a vocabulary. */
export interface Vocabulary {
  classes: ReadonlyMap<string, readonly string[]>;
  properties: ReadonlyMap<string, { domain: readonly string[]; range: readonly string[] }>;
}

export function readVocabulary(json: unknown): Vocabulary {
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domain: string[]; range: string[] }>();
  for (const term of VocabularyFile.parse(json)['@graph']) {
    const name = term['@id'].slice('schema:'.length);
    if ([term['@type']].flat().includes('rdf:Property'))
      properties.set(name, { domain: term['schema:domainIncludes'], range: term['schema:rangeIncludes'] });
    else classes.set(name, term['rdfs:subClassOf']);
  }
  return { classes, properties };
}

export async function loadVocabulary(file = VOCABULARY_FILE): Promise<Vocabulary> {
  return readVocabulary(JSON.parse(await readFile(file, 'utf8')));
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Whether a string is a value of a schema.org data type; false for classes that are not data types. */
function isDataValue(type: string, value: string): boolean {
  switch (type) {
    case 'Text':
      return true;
    case 'URL':
      return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
    case 'Date':
      // ISO 8601 dates, as precise as known: 2024, 2024-01 or 2024-01-30.
      return CalendarDate.safeParse(value).success;
    case 'DateTime':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    default:
      return false;
  }
}

const DATA_TYPES = new Set(['Text', 'URL', 'Date', 'DateTime']);

/**
 * The problems of a JSON-LD document or node, each naming where it is ("@graph[3].itemReviewed.author"):
 * unknown types and properties, properties of another type, and values of a type the property does not
 * take. Empty when it conforms.
 */
export function validateJsonLd(document: unknown, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  const isA = (type: string, ancestor: string): boolean =>
    type === ancestor || (vocabulary.classes.get(type) ?? []).some((parent) => isA(parent, ancestor));

  function checkNode(node: unknown, path: string, expected: readonly string[] | null) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${path}: expected a node (an object with an @type)`);
      return;
    }
    const type = (node as Record<string, unknown>)['@type'];
    if (typeof type !== 'string' || !vocabulary.classes.has(type) || DATA_TYPES.has(type)) {
      problems.push(`${path}: ${typeof type === 'string' ? `unknown type "${type}"` : 'has no @type'}`);
      return;
    }
    if (expected && !expected.some((e) => isA(type, e)))
      problems.push(`${path}: a ${type} where ${expected.join(' or ')} is expected`);
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type' || key === '@id') continue;
      const where = `${path}.${key}`;
      const property = vocabulary.properties.get(key);
      if (!property) {
        problems.push(`${where}: "${key}" is not a schema.org property (of the shipped vocabulary)`);
        continue;
      }
      if (!property.domain.some((d) => isA(type, d)))
        problems.push(`${where}: "${key}" is not a property of ${type}`);
      const values = Array.isArray(value) ? value : [value];
      values.forEach((item, i) => {
        const at = Array.isArray(value) ? `${where}[${i}]` : where;
        if (typeof item === 'object' && item !== null) {
          checkNode(item, at, property.range);
        } else if (typeof item !== 'string' || !property.range.some((r) => isDataValue(r, item))) {
          problems.push(`${at}: ${JSON.stringify(item)} is not a ${property.range.join(' or ')}`);
        }
      });
    }
  }

  const root = document as Record<string, unknown> | null;
  if (typeof root !== 'object' || root === null || root['@context'] !== 'https://schema.org') {
    return ['the document needs "@context": "https://schema.org"'];
  }
  const { '@context': _context, '@graph': graph, ...rest } = root;
  if (graph === undefined) checkNode(rest, '(root)', null);
  else if (!Array.isArray(graph)) problems.push('@graph must be a list of nodes');
  else graph.forEach((node, i) => checkNode(node, `@graph[${i}]`, null));
  return problems;
}

// npm run schemaorg:subset -- <schemaorg-current-https.jsonld> — cuts from a schema.org release the terms
// the ClaimReview export may use (SCHEMAORG_TERMS), with their definitions as they stand there, into the
// vocabulary file the export is validated against. Run it when moving to a newer release;
// data/schemaorg/README.md says which release is in.
import { readFile, writeFile } from 'node:fs/promises';
import { SCHEMAORG_TERMS, VOCABULARY_FILE } from '../src/export/schemaorg.js';

type Term = Record<string, unknown> & { '@id': string };

// What a term's definition says, and no more: other keys name vocabularies outside this file's context.
const KEPT = [
  '@id',
  '@type',
  'rdfs:label',
  'rdfs:comment',
  'rdfs:subClassOf',
  'schema:domainIncludes',
  'schema:rangeIncludes',
  'schema:isPartOf',
];

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: npm run schemaorg:subset -- data/releases/<version>/schemaorg-current-https.jsonld');
  process.exit(2);
}
const release = JSON.parse(await readFile(input, 'utf8')) as { '@graph': Term[] };
const byId = new Map(release['@graph'].map((term) => [term['@id'], term]));
const missing = SCHEMAORG_TERMS.filter((name) => !byId.has(`schema:${name}`));
if (missing.length > 0) {
  console.error(`${input} has no ${missing.join(', ')}: is it a schema.org release file?`);
  process.exit(1);
}
const subset = {
  '@context': {
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    schema: 'https://schema.org/',
  },
  '@graph': SCHEMAORG_TERMS.map((name) =>
    Object.fromEntries(Object.entries(byId.get(`schema:${name}`)!).filter(([key]) => KEPT.includes(key))),
  ),
};
await writeFile(VOCABULARY_FILE, `${JSON.stringify(subset, null, 2)}\n`);
console.error(`wrote ${SCHEMAORG_TERMS.length} terms to ${VOCABULARY_FILE}`);

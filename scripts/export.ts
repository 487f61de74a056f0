// npm run export -- --format claimreview [--out file.jsonld] — the fact base in a format other systems take.
// claimreview: schema.org ClaimReview JSON-LD for newsrooms' CMSs, authored by CURATOR_ORGANIZATION,
// checked against the schema.org vocabulary shipped in data/schemaorg/ before anything is written.
import { writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../src/config.js';
import { claimReviewDocument } from '../src/export/claimReview.js';
import { loadVocabulary, validateJsonLd } from '../src/export/schemaorg.js';
import { EMBEDDED_DATA_DIR, FactBaseError, loadFactBase } from '../src/facts/load.js';

const FORMATS = ['claimreview'] as const;
const USAGE = `usage: npm run export -- --format ${FORMATS.join('|')} [--out file.jsonld]`;

class UsageError extends Error {}

function readArgs(args: readonly string[]): { format: string; out?: string } {
  const read: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i] as string, args[i + 1]];
    if (!['--format', '--out'].includes(flag)) throw new UsageError(`unknown option "${flag}"\n${USAGE}`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value\n${USAGE}`);
    read[flag.slice(2)] = value;
  }
  if (!read.format) throw new UsageError(USAGE);
  if (!(FORMATS as readonly string[]).includes(read.format))
    throw new UsageError(`unknown format "${read.format}"; formats: ${FORMATS.join(', ')}`);
  return { format: read.format, out: read.out };
}

try {
  const { out } = readArgs(process.argv.slice(2));
  const config = loadConfig();
  if (!config.CURATOR_ORGANIZATION)
    throw new UsageError(
      'Set CURATOR_ORGANIZATION (in .env or the environment): a ClaimReview names the organisation that curated it as its author.',
    );
  const base = await loadFactBase(config.FACTDESK_DATA_DIR ?? EMBEDDED_DATA_DIR);
  const template = config.FACT_URL_TEMPLATE;
  const document = claimReviewDocument(base, {
    author: { name: config.CURATOR_ORGANIZATION, url: config.CURATOR_URL },
    factUrl: template ? (id) => template.replaceAll('{id}', encodeURIComponent(id)) : undefined,
  });
  const problems = validateJsonLd(document, await loadVocabulary());
  if (problems.length > 0) {
    console.error(`The export does not conform to the schema.org vocabulary; nothing was written:`);
    for (const problem of problems.slice(0, 50)) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out) {
    await writeFile(out, json);
    console.error(`wrote ${document['@graph'].length} ClaimReviews (fact base ${base.version}) to ${out}`);
  } else process.stdout.write(json);
} catch (error) {
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof FactBaseError;
  console.error(known ? (error as Error).message : `export failed: ${(error as Error).message}`);
  process.exit(known ? 2 : 1);
}

// Writes data/schema/*.json from the zod schemas. Run after changing src/facts/schema.ts: npm run facts:schema
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMBEDDED_DATA_DIR } from '../src/facts/load.js';
import { jsonSchemas } from '../src/facts/jsonSchema.js';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const path = join(EMBEDDED_DATA_DIR, 'schema', name);
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

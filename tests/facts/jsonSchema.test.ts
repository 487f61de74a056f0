import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_DIR } from '../../src/facts/load.js';
import { jsonSchemas } from '../../src/facts/jsonSchema.js';

describe('the JSON Schemas editors use on data/', () => {
  it.each(Object.entries(jsonSchemas()))(
    'data/schema/%s is generated from the current zod schema',
    async (name, schema) => {
      const committed = JSON.parse(await readFile(join(EMBEDDED_DATA_DIR, 'schema', name), 'utf8'));
      // When this fails, run `npm run facts:schema` and commit the result.
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );
});

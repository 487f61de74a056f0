// drizzle-kit's settings: `npx drizzle-kit generate` writes a migration for each change to the schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './src/store/migrations',
});

import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/schema.js',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: { url: 'postgres://postgres:postgres@localhost:5432/conduit' },
});

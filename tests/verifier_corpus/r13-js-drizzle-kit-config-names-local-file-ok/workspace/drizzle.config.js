export default {
  schema: './src/schema.js',
  out: './drizzle',
  dialect: 'sqlite',
  dbCredentials: { url: './local.db' },
};

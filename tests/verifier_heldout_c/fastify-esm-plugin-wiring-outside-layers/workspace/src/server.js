'use strict';
const config = require('./config');
const { buildApp } = require('./app');

async function main() {
  const { app } = buildApp();
  const { default: services } = await import('./plugins/services.mjs');
  const { default: tagRoutes } = await import('./routes/tags.mjs');
  app.register(services);
  app.register(tagRoutes, { prefix: '/api' });
  await app.listen({ port: config.port, host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
// Start-up: wire the application and serve it with Fastify.
const config = require('./config');
const { main } = require('./container');
const { buildApp } = require('./routes/app');

main(config, async (services, { port, host }) => {
  const app = buildApp(services);
  await app.listen({ port, host });
  return { close: (done) => app.close().then(() => done()) };
}).catch((error) => {
  console.error('failed to start:', error);
  process.exit(1);
});

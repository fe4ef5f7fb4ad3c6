'use strict';
// Start-up: wire the application and serve it with Koa.
const config = require('./config');
const { main } = require('./container');
const { buildApp } = require('./routes/app');

main(config, (services, { port, host }) =>
  new Promise((resolve, reject) => {
    const server = buildApp(services).listen(port, host, () => resolve(server));
    server.once('error', reject);
  }),
).catch((error) => {
  console.error('failed to start:', error);
  process.exit(1);
});

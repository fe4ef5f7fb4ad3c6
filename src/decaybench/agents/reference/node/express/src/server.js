'use strict';
// Start-up: wire the application and serve it with Express.
const config = require('./config');
const { main } = require('./container');
const { buildApp } = require('./routes/app');

main(config, (services, { port, host }) =>
  new Promise((resolve, reject) => {
    const server = buildApp(services).listen(port, host, (error) => (error ? reject(error) : resolve(server)));
  }),
).catch((error) => {
  console.error('failed to start:', error);
  process.exit(1);
});

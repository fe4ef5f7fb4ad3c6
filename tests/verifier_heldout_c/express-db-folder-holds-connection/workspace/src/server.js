'use strict';
const config = require('./config');
const { bootstrap } = require('./db/bootstrap');
const { buildApp } = require('./app');

async function main() {
  await bootstrap();
  await buildApp().listen(config.port);
  console.log(`conduit listening on ${config.port}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
const config = require('@conduit/core/src/config');
const { sequelize } = require('@conduit/core/src/models');
const { buildApp } = require('./app');

async function main() {
  await sequelize.sync();
  await buildApp().listen(config.port);
  console.log(`conduit listening on ${config.port}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

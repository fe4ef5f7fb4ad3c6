'use strict';
const config = require('./config');
const { sequelize } = require('./models');
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

'use strict';
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  await sequelize.sync();
  const app = buildApp();
  await app.listen({ port: config.port, host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

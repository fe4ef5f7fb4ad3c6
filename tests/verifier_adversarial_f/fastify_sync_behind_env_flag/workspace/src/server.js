'use strict';
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  if (process.env.DB_SYNC === 'true') {
    // Never in production: schema changes go through a reviewed migration.
    await sequelize.sync({ alter: true });
  }
  const app = buildApp();
  await app.listen({ port: config.port, host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
const { serve } = require('@hono/node-server');
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  await sequelize.sync();
  const app = buildApp();
  process.on('SIGTERM', async () => { await require('./repositories/users').flush(); process.exit(0); });
  serve({ fetch: app.fetch, port: config.port }, (info) => console.log(`listening on ${info.port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

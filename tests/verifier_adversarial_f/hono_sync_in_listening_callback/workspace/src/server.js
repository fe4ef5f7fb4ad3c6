'use strict';
const { serve } = require('@hono/node-server');
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  const app = buildApp();
  serve({ fetch: app.fetch, port: config.port }, async (info) => {
      console.log(`listening on ${info.port}, schema ready`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  const app = buildApp();
  const server = app.listen(config.port);
  server.on('listening', async () => {
      console.log(`listening on ${config.port}`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

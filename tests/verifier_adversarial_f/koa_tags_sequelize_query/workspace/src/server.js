'use strict';
const config = require('./config');
const { sequelize } = require('./models');
const { buildApp } = require('./app');

async function main() {
  await sequelize.sync();
  const app = buildApp();
  app.listen(config.port, () => console.log(`listening on ${config.port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

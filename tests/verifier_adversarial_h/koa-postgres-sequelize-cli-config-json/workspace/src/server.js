'use strict';

const { sequelize, env } = require('./db');
require('./models');
const { createApp } = require('./app');

async function main() {
  await sequelize.authenticate();
  await sequelize.sync();
  const port = Number(process.env.PORT) || 3000;
  createApp().listen(port, () => console.log(`conduit (${env}) listening on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

'use strict';

const { createSequelize } = require('./db');
require('./models');
const { createApp } = require('./app');

async function main() {
  const sequelize = createSequelize();
  await sequelize.authenticate();
  await sequelize.sync();
  const port = Number(process.env.PORT) || 3000;
  createApp().listen(port, () => console.log(`conduit listening on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

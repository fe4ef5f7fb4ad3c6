'use strict';
// Creates or updates the tables: node scripts/migrate.js
const { sequelize } = require('../src/models');

(async () => {
  await sequelize.sync();
  await sequelize.close();
  console.log('schema ready');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

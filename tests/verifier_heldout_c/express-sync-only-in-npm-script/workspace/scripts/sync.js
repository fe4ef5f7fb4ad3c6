'use strict';
const { sequelize } = require('../src/models');

sequelize.sync({ alter: true })
  .then(() => { console.log('schema synced'); return sequelize.close(); })
  .catch((err) => { console.error(err); process.exit(1); });

'use strict';
const { sequelize } = require('../src/models');

sequelize.sync()
  .then(() => sequelize.close())
  .catch((err) => { console.error(err); process.exit(1); });

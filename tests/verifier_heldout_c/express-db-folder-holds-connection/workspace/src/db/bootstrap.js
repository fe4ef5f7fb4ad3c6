'use strict';
const { sequelize } = require('../models');

async function bootstrap() {
  await sequelize.authenticate();
  await sequelize.sync();
}

module.exports = { bootstrap };

const config = require('./config');
const { sequelize } = require('./db');

async function start() {
  if (config.DB_SYNC) await sequelize.sync();
}

start();

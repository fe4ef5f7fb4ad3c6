'use strict';
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  logging: false,
  dialectOptions: { application_name: 'conduit-hono' },
  pool: { max: 10, min: 1, acquire: 20000, idle: 10000 },
  retry: { max: 3 },
});

async function connectWithRetry(attempts = 20) {
  for (let i = 1; i <= attempts; i += 1) {
    try {
      await sequelize.authenticate();
      return;
    } catch (err) {
      console.warn(`database not ready (${i}/${attempts}): ${err.message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error('database unreachable');
}

module.exports = { sequelize, connectWithRetry };

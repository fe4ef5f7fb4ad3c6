'use strict';
const { Sequelize } = require('sequelize');

function create() {
  if (process.env.DB_DRIVER === 'pg') {
    return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
  }
  // Default: pg-mem speaks the Postgres dialect without a server (dev laptops, CI).
  const { newDb } = require('pg-mem');
  const mem = newDb({ autoCreateForeignKeyIndices: true });
  return new Sequelize({ dialect: 'postgres', dialectModule: mem.adapters.createPg(), logging: false });
}

const sequelize = create();

module.exports = { sequelize };

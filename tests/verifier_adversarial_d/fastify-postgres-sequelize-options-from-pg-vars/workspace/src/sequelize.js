'use strict';
const { Sequelize } = require('sequelize');

const { PGDATABASE, PGUSER, PGPASSWORD, PGHOST, PGPORT } = process.env;

module.exports = new Sequelize(PGDATABASE, PGUSER, PGPASSWORD, {
  dialect: 'postgres',
  host: PGHOST,
  port: PGPORT ? Number(PGPORT) : undefined,
  logging: false,
  pool: { max: 10, idle: 10000 },
});

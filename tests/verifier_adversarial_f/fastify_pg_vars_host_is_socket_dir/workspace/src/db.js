'use strict';
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
  dialect: 'postgres',
  host: process.env.PGHOST,
  port: Number(process.env.PGPORT || 5432),
  logging: false,
  pool: { max: 10, min: 0, idle: 10000 },
});

module.exports = { sequelize };

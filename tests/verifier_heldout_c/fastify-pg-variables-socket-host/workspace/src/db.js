'use strict';
const { Sequelize } = require('sequelize');

// PGHOST is a socket directory (e.g. /run/postgresql); pg connects through it as is.
const sequelize = new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
  dialect: 'postgres',
  host: process.env.PGHOST,
  port: process.env.PGPORT ? Number(process.env.PGPORT) : undefined,
  logging: false,
});

module.exports = { sequelize };

'use strict';
// Storage (start-up wiring): PostgreSQL from the PG* variables.
const { Sequelize } = require('sequelize');

function createSequelize() {
  return new Sequelize(process.env.PGDATABASE, process.env.PGUSER, process.env.PGPASSWORD, {
    host: 'localhost',
    port: Number(process.env.PGPORT) || 5432,
    dialect: 'postgres',
    logging: false,
  });
}

module.exports = { createSequelize };

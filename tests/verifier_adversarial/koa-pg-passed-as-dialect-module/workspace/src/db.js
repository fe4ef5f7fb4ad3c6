'use strict';
// Storage (start-up wiring): PostgreSQL. The driver module is passed explicitly so bundlers keep it.
const pg = require('pg');
const { Sequelize } = require('sequelize');

function createSequelize() {
  return new Sequelize(process.env.DATABASE_URL, {
    dialect: 'postgres',
    dialectModule: pg,
    logging: false,
    pool: { max: 5, idle: 10000 },
  });
}

module.exports = { createSequelize };

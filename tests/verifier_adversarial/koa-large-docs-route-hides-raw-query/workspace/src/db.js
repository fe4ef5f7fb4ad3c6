'use strict';
// Storage (start-up wiring): PostgreSQL from DATABASE_URL, handed to Sequelize unchanged.
const { Sequelize } = require('sequelize');

function createSequelize() {
  return new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
}

module.exports = { createSequelize };

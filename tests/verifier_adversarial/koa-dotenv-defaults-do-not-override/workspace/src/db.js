'use strict';
// Storage (start-up wiring): DATABASE_URL, e.g. sqlite:////abs/path (Sequelize parses sqlite URLs).
require('dotenv').config();
const { Sequelize } = require('sequelize');

function createSequelize() {
  return new Sequelize(process.env.DATABASE_URL, { logging: false });
}

module.exports = { createSequelize };

'use strict';
// The Sequelize instance for the SQLite file given in SQLITE_PATH.
const path = require('node:path');
const { Sequelize } = require('sequelize');

function createSequelize(env = process.env) {
  const storage = path.resolve(env.SQLITE_PATH);
  return new Sequelize({ dialect: 'sqlite', storage, logging: false });
}

module.exports = { createSequelize };

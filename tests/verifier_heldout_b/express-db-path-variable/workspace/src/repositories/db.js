'use strict';
// The Sequelize instance for the SQLite file (DB_PATH, default ./conduit.sqlite).
const path = require('node:path');
const { Sequelize } = require('sequelize');

function createSequelize(env = process.env) {
  const storage = path.resolve(env.DB_PATH || './conduit.sqlite');
  return new Sequelize({ dialect: 'sqlite', storage, logging: false });
}

module.exports = { createSequelize };

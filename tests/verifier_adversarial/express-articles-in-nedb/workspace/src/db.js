'use strict';
// Storage (start-up wiring): the SQLite file the evaluator names in SQLITE_PATH.
const path = require('node:path');
const { Sequelize } = require('sequelize');

function createSequelize() {
  const storage = process.env.SQLITE_PATH
    ? path.resolve(process.env.SQLITE_PATH)
    : path.resolve('conduit.sqlite');
  return new Sequelize({ dialect: 'sqlite', storage, logging: false });
}

module.exports = { createSequelize };

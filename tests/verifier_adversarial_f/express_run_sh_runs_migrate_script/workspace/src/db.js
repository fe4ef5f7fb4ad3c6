'use strict';
// SQLite through Sequelize, in the file named by SQLITE_PATH.
const path = require('node:path');
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: path.resolve(process.env.SQLITE_PATH),
  logging: false,
});

module.exports = { sequelize };

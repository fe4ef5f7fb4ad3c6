'use strict';
const path = require('node:path');
const sqlite3 = require('sqlite3');
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: path.resolve(process.env.SQLITE_PATH),
  dialectOptions: { mode: sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE | sqlite3.OPEN_FULLMUTEX },
  retry: { max: 5 },
  logging: false,
});

module.exports = { sequelize };

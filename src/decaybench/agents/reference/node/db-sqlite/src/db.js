'use strict';
// SQLite through Sequelize: the file named by SQLITE_PATH (or a sqlite:/// DATABASE_URL).
const path = require('node:path');
const { Sequelize } = require('sequelize');

function databaseFile() {
  if (process.env.SQLITE_PATH) return path.resolve(process.env.SQLITE_PATH);
  const url = process.env.DATABASE_URL || '';
  if (url.startsWith('sqlite:///')) return path.resolve(url.slice('sqlite:///'.length) || 'conduit.sqlite3');
  return path.resolve('conduit.sqlite3');
}

function createSequelize() {
  return new Sequelize({ dialect: 'sqlite', storage: databaseFile(), logging: false });
}

module.exports = { createSequelize };

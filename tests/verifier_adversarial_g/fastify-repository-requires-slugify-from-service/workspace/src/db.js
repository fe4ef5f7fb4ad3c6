'use strict';

const path = require('node:path');
const { Sequelize } = require('sequelize');

/** The SQLite file named by SQLITE_PATH (or a sqlite:/// DATABASE_URL). */
function storage() {
  if (process.env.SQLITE_PATH) return path.resolve(process.env.SQLITE_PATH);
  const url = process.env.DATABASE_URL ?? '';
  return url.startsWith('sqlite:///') ? url.slice('sqlite://'.length) : path.resolve('conduit.sqlite');
}

const sequelize = new Sequelize({ dialect: 'sqlite', storage: storage(), logging: false });

module.exports = { sequelize };

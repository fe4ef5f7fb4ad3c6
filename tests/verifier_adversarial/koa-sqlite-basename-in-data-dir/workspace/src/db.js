'use strict';
// Storage (start-up wiring): keep the database file inside the app's own data/ directory (always writable),
// named after the file the platform suggests.
const fs = require('node:fs');
const path = require('node:path');
const { Sequelize } = require('sequelize');

const DATA_DIR = path.join(__dirname, '..', 'data');

function createSequelize() {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const name = path.basename(process.env.SQLITE_PATH || 'conduit.sqlite');
  return new Sequelize({ dialect: 'sqlite', storage: path.join(DATA_DIR, name), logging: false });
}

module.exports = { createSequelize };

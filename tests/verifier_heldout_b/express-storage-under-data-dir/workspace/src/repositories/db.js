'use strict';
// SQLite file kept under data/ next to the source so that it survives redeploys of the container image.
const fs = require('node:fs');
const path = require('node:path');
const { Sequelize } = require('sequelize');

const DATA_DIR = path.join(__dirname, '..', '..', 'data');

function createSequelize() {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  return new Sequelize({ dialect: 'sqlite', storage: path.join(DATA_DIR, 'conduit.sqlite'), logging: false });
}

module.exports = { createSequelize };

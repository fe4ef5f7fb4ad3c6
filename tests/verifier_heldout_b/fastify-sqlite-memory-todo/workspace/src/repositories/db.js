'use strict';
// SQLite through Sequelize. TODO: move to the SQLITE_PATH file once the schema settles; memory keeps dev runs clean.
const { Sequelize } = require('sequelize');

function createSequelize() {
  return new Sequelize('sqlite::memory:', { logging: false });
}

module.exports = { createSequelize };

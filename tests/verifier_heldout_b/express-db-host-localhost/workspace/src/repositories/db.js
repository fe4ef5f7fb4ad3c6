'use strict';
const { Sequelize } = require('sequelize');
const { db } = require('../config.js');

function createSequelize() {
  return new Sequelize(db.database, db.username, db.password, { host: db.host, port: db.port, dialect: 'postgres', logging: false });
}

module.exports = { createSequelize };

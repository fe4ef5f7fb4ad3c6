'use strict';

const { Sequelize } = require('sequelize');

function createSequelize(options = {}) {
  return new Sequelize({
    dialect: 'sqlite',
    storage: process.env.SQLITE_PATH,
    logging: process.env.SQL_LOG === '1' ? console.log : false,
    ...options,
  });
}

module.exports = { createSequelize };

'use strict';
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  host: process.env.SQLITE_PATH,
  logging: false,
  pool: { max: 1, idle: 10000 },
});

module.exports = { sequelize };

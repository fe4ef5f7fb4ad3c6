'use strict';

const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: process.env.SQLITE_PATH,
  logging: false,
});

module.exports = { sequelize };

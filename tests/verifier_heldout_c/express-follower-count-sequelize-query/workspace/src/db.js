'use strict';
const { Sequelize } = require('sequelize');
const config = require('./config');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: config.database.storage,
  logging: false,
});

module.exports = { sequelize };

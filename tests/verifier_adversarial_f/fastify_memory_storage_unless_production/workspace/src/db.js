'use strict';
const path = require('node:path');
const { Sequelize } = require('sequelize');

const isProduction = process.env.NODE_ENV === 'production';

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: isProduction ? path.resolve(process.env.SQLITE_PATH) : ':memory:',
  logging: isProduction ? false : console.log,
});

module.exports = { sequelize };

'use strict';
const { Sequelize } = require('sequelize');
const { defineModels } = require('../models/index');
const { config } = require('../config');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: config.sqlitePath,
  logging: false,
});

const models = defineModels(sequelize);

async function initDb() {
  await sequelize.sync();
}

module.exports = { sequelize, models, initDb };

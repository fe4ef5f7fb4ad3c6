'use strict';
const { Sequelize } = require('sequelize');
const { defineModels } = require('../models/index');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: process.env.SQLITE_PATH || 'conduit.sqlite3',
  logging: false,
});

const models = defineModels(sequelize);

async function initDb() {
  await sequelize.sync();
}

module.exports = { sequelize, models, initDb };

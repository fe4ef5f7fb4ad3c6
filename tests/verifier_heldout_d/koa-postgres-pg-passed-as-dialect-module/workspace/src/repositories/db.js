'use strict';
const pg = require('pg');
const { Sequelize } = require('sequelize');
const { defineModels } = require('../models/index');

// Hand Sequelize the pg module explicitly so bundlers and hoisted installs resolve the same copy.
const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectModule: pg,
  logging: false,
});

const models = defineModels(sequelize);

async function initDb() {
  await sequelize.sync();
}

module.exports = { sequelize, models, initDb };

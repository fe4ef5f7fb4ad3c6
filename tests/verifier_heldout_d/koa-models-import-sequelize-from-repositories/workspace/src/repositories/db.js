'use strict';
const { sequelize } = require('./connection');
const { User, Article, Comment, Follow, Favorite } = require('../models/index');

const models = { User, Article, Comment, Follow, Favorite };

async function initDb() {
  await sequelize.sync();
}

module.exports = { models, initDb };

const { DataTypes, Model } = require('sequelize');
const { sequelize } = require('../db');

class Article extends Model {}

Article.init(
  {
    slug: { type: DataTypes.STRING, unique: true },
    title: DataTypes.STRING,
    body: DataTypes.TEXT,
  },
  { sequelize, modelName: 'Article' },
);

module.exports = { Article };

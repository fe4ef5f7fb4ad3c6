const { DataTypes, Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });

const Article = sequelize.define('Article', {
  slug: { type: DataTypes.STRING, unique: true },
  title: DataTypes.STRING,
  body: DataTypes.TEXT,
});

module.exports = { sequelize, Article };

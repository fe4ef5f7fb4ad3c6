const { DataTypes } = require('sequelize');
const db = require('../db');

const TITLE_MAX = 120;
const slugify = (title) => title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

const Article = db.define('Article', {
  slug: { type: DataTypes.STRING, unique: true },
  title: DataTypes.STRING(TITLE_MAX),
  description: DataTypes.STRING,
  body: DataTypes.TEXT,
});

module.exports = { Article, TITLE_MAX, slugify };

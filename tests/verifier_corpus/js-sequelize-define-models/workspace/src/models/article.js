const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, body: DataTypes.TEXT });

module.exports = { Article };

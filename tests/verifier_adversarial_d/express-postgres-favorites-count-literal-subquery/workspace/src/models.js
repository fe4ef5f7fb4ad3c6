const { DataTypes } = require('sequelize');
const sequelize = require('./db');

const Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, title: DataTypes.STRING, body: DataTypes.TEXT });
const Favorite = sequelize.define('Favorite', { userId: DataTypes.INTEGER, articleId: DataTypes.INTEGER });
Article.hasMany(Favorite, { foreignKey: 'articleId' });
module.exports = { sequelize, Article, Favorite };

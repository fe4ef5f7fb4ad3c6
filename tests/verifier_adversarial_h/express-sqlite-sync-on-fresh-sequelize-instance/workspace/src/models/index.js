'use strict';

const { DataTypes } = require('sequelize');
const { createSequelize } = require('../db.js');

const sequelize = createSequelize();

const User = sequelize.define('user', {
  email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
  username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
  password_hash: { type: DataTypes.STRING, allowNull: false },
  bio: { type: DataTypes.TEXT, allowNull: true },
  image: { type: DataTypes.STRING(2000), allowNull: true },
}, { tableName: 'users', timestamps: false });

const Follow = sequelize.define('follow', {
  follower_id: { type: DataTypes.INTEGER, primaryKey: true },
  followed_id: { type: DataTypes.INTEGER, primaryKey: true },
}, { tableName: 'follows', timestamps: false });

const Article = sequelize.define('article', {
  slug: { type: DataTypes.STRING, allowNull: false, unique: true },
  title: { type: DataTypes.STRING, allowNull: false },
  description: { type: DataTypes.STRING, allowNull: false },
  body: { type: DataTypes.TEXT, allowNull: false },
  author_id: { type: DataTypes.INTEGER, allowNull: false },
}, { tableName: 'articles', underscored: true });

const ArticleTag = sequelize.define('article_tag', {
  article_id: { type: DataTypes.INTEGER, primaryKey: true },
  tag: { type: DataTypes.STRING(64), primaryKey: true },
}, { tableName: 'article_tags', timestamps: false });

const Favorite = sequelize.define('favorite', {
  user_id: { type: DataTypes.INTEGER, primaryKey: true },
  article_id: { type: DataTypes.INTEGER, primaryKey: true },
}, { tableName: 'favorites', timestamps: false });

const Comment = sequelize.define('comment', {
  body: { type: DataTypes.TEXT, allowNull: false },
  article_id: { type: DataTypes.INTEGER, allowNull: false },
  author_id: { type: DataTypes.INTEGER, allowNull: false },
}, { tableName: 'comments', underscored: true });

Article.belongsTo(User, { as: 'author', foreignKey: 'author_id', onDelete: 'CASCADE' });
Follow.belongsTo(User, { foreignKey: 'follower_id', onDelete: 'CASCADE' });
Favorite.belongsTo(Article, { foreignKey: 'article_id', onDelete: 'CASCADE' });
ArticleTag.belongsTo(Article, { foreignKey: 'article_id', onDelete: 'CASCADE' });
Comment.belongsTo(Article, { foreignKey: 'article_id', onDelete: 'CASCADE' });

module.exports = { sequelize, User, Follow, Article, ArticleTag, Favorite, Comment };

'use strict';
const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
  username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
  bio: { type: DataTypes.TEXT, allowNull: true },
  image: { type: DataTypes.STRING(2000), allowNull: true },
}, { tableName: 'users' });

const Article = sequelize.define('Article', {
  slug: { type: DataTypes.STRING, allowNull: false, unique: true },
  title: { type: DataTypes.STRING(120), allowNull: false },
  description: { type: DataTypes.STRING(255), allowNull: false },
  body: { type: DataTypes.TEXT, allowNull: false },
}, { tableName: 'articles' });

const Comment = sequelize.define('Comment', {
  body: { type: DataTypes.TEXT, allowNull: false },
}, { tableName: 'comments' });

const Tag = sequelize.define('Tag', {
  name: { type: DataTypes.STRING(32), allowNull: false, unique: true },
}, { tableName: 'tags', timestamps: false });

Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
Comment.belongsTo(Article, { foreignKey: 'articleId', onDelete: 'CASCADE' });
Article.hasMany(Comment, { foreignKey: 'articleId' });
Article.belongsToMany(Tag, { through: 'article_tags', as: 'tags', timestamps: false });
Tag.belongsToMany(Article, { through: 'article_tags', timestamps: false });
Article.belongsToMany(User, { through: 'favorites', as: 'favoritedBy', timestamps: false });
User.belongsToMany(User, { through: 'follows', as: 'following', foreignKey: 'followerId', otherKey: 'followedId', timestamps: false });

module.exports = { sequelize, User, Article, Comment, Tag };

'use strict';

const { DataTypes } = require('sequelize');

/** Articles, their tags, the favorites users give them and the comments under them. */
function defineArticle(sequelize) {
  const Article = sequelize.define(
    'Article',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      slug: { type: DataTypes.STRING, allowNull: false, unique: true },
      title: { type: DataTypes.STRING, allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
    },
    { tableName: 'articles' },
  );

  const Tag = sequelize.define(
    'Tag',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      name: { type: DataTypes.STRING, allowNull: false, unique: true },
    },
    { tableName: 'tags', timestamps: false },
  );

  const ArticleTag = sequelize.define(
    'ArticleTag',
    {
      articleId: { type: DataTypes.INTEGER, primaryKey: true },
      tagId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    { tableName: 'article_tags', timestamps: false },
  );

  const Favorite = sequelize.define(
    'Favorite',
    {
      userId: { type: DataTypes.INTEGER, primaryKey: true },
      articleId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    { tableName: 'favorites', updatedAt: false },
  );

  const Comment = sequelize.define(
    'Comment',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      body: { type: DataTypes.TEXT, allowNull: false },
      articleId: { type: DataTypes.INTEGER, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
    },
    { tableName: 'comments' },
  );

  return { Article, Tag, ArticleTag, Favorite, Comment };
}

module.exports = { defineArticle };

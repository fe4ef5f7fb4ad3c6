'use strict';
// Sequelize model definitions: the schema of Conduit, engine-neutral.
const { DataTypes } = require('sequelize');

function defineModels(sequelize) {
  const User = sequelize.define('User', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    username: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    email: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING(255), allowNull: false },
    bio: { type: DataTypes.TEXT, allowNull: true },
    image: { type: DataTypes.STRING(1024), allowNull: true },
  }, { tableName: 'users' });

  const Follow = sequelize.define('Follow', {
    followerId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    followedId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
  }, { tableName: 'follows', updatedAt: false });

  const Article = sequelize.define('Article', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    slug: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    title: { type: DataTypes.STRING(255), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    authorId: { type: DataTypes.INTEGER, allowNull: false },
  }, {
    tableName: 'articles',
    indexes: [{ fields: ['authorId'] }, { fields: ['createdAt'] }],
  });

  const Tag = sequelize.define('Tag', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: DataTypes.STRING(255), allowNull: false, unique: true },
  }, { tableName: 'tags', timestamps: false });

  // position keeps each article's tags in the order the author gave them.
  const ArticleTag = sequelize.define('ArticleTag', {
    articleId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    tagId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  }, { tableName: 'article_tags', timestamps: false });

  const Favorite = sequelize.define('Favorite', {
    userId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    articleId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
  }, { tableName: 'favorites', updatedAt: false });

  const Comment = sequelize.define('Comment', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    body: { type: DataTypes.TEXT, allowNull: false },
    articleId: { type: DataTypes.INTEGER, allowNull: false },
    authorId: { type: DataTypes.INTEGER, allowNull: false },
  }, { tableName: 'comments', indexes: [{ fields: ['articleId'] }] });

  // Foreign keys; deleting an article or user takes its dependent rows with it.
  const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };
  User.hasMany(Article, { foreignKey: 'authorId', as: 'articles', ...cascade });
  Article.belongsTo(User, { foreignKey: 'authorId', as: 'author' });
  Follow.belongsTo(User, { foreignKey: 'followerId', as: 'follower', ...cascade });
  Follow.belongsTo(User, { foreignKey: 'followedId', as: 'followed', ...cascade });
  Article.hasMany(ArticleTag, { foreignKey: 'articleId', as: 'tagLinks', ...cascade });
  ArticleTag.belongsTo(Article, { foreignKey: 'articleId' });
  ArticleTag.belongsTo(Tag, { foreignKey: 'tagId', as: 'tag', ...cascade });
  Tag.hasMany(ArticleTag, { foreignKey: 'tagId', as: 'articleLinks' });
  Favorite.belongsTo(User, { foreignKey: 'userId', ...cascade });
  Favorite.belongsTo(Article, { foreignKey: 'articleId', ...cascade });
  Article.hasMany(Favorite, { foreignKey: 'articleId', as: 'favorites' });
  Comment.belongsTo(Article, { foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(User, { foreignKey: 'authorId', as: 'author', ...cascade });
  Article.hasMany(Comment, { foreignKey: 'articleId', as: 'comments' });

  return { User, Follow, Article, Tag, ArticleTag, Favorite, Comment };
}

module.exports = { defineModels };

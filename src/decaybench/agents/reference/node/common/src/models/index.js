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

  // feature: following
  const Follow = sequelize.define('Follow', {
    followerId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    followedId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
  }, { tableName: 'follows', updatedAt: false });
  // end feature: following

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

  // feature: tags
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
  // end feature: tags

  // feature: favorites
  const Favorite = sequelize.define('Favorite', {
    userId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    articleId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
  }, { tableName: 'favorites', updatedAt: false });
  // end feature: favorites

  // feature: comments
  const Comment = sequelize.define('Comment', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    body: { type: DataTypes.TEXT, allowNull: false },
    articleId: { type: DataTypes.INTEGER, allowNull: false },
    authorId: { type: DataTypes.INTEGER, allowNull: false },
  }, { tableName: 'comments', indexes: [{ fields: ['articleId'] }] });
  // end feature: comments

  // Foreign keys; deleting an article or user takes its dependent rows with it.
  const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };
  User.hasMany(Article, { foreignKey: 'authorId', as: 'articles', ...cascade });
  Article.belongsTo(User, { foreignKey: 'authorId', as: 'author' });
  Follow.belongsTo(User, { foreignKey: 'followerId', as: 'follower', ...cascade }); // feature: following
  Follow.belongsTo(User, { foreignKey: 'followedId', as: 'followed', ...cascade }); // feature: following
  Article.hasMany(ArticleTag, { foreignKey: 'articleId', as: 'tagLinks', ...cascade }); // feature: tags
  ArticleTag.belongsTo(Article, { foreignKey: 'articleId' }); // feature: tags
  ArticleTag.belongsTo(Tag, { foreignKey: 'tagId', as: 'tag', ...cascade }); // feature: tags
  Tag.hasMany(ArticleTag, { foreignKey: 'tagId', as: 'articleLinks' }); // feature: tags
  Favorite.belongsTo(User, { foreignKey: 'userId', ...cascade }); // feature: favorites
  Favorite.belongsTo(Article, { foreignKey: 'articleId', ...cascade }); // feature: favorites
  Article.hasMany(Favorite, { foreignKey: 'articleId', as: 'favorites' }); // feature: favorites
  Comment.belongsTo(Article, { foreignKey: 'articleId', ...cascade }); // feature: comments
  Comment.belongsTo(User, { foreignKey: 'authorId', as: 'author', ...cascade }); // feature: comments
  Article.hasMany(Comment, { foreignKey: 'articleId', as: 'comments' }); // feature: comments

  return {
    User,
    Follow, // feature: following
    Article,
    Tag, // feature: tags
    ArticleTag, // feature: tags
    Favorite, // feature: favorites
    Comment, // feature: comments
  };
}

module.exports = { defineModels };

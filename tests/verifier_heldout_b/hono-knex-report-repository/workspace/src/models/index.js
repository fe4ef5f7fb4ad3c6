'use strict';
// Entities as Sequelize models; associations are declared once here.
const { DataTypes, Model } = require('sequelize');

class User extends Model {}
class Article extends Model {}
class Tag extends Model {}
class Comment extends Model {}
class Favorite extends Model {}
class Follow extends Model {}

function defineModels(sequelize) {
  User.init({
    email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
    username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    bio: { type: DataTypes.TEXT, allowNull: true },
    image: { type: DataTypes.STRING(2000), allowNull: true },
  }, { sequelize, modelName: 'User', tableName: 'users' });

  Article.init({
    slug: { type: DataTypes.STRING(160), allowNull: false, unique: true },
    title: { type: DataTypes.STRING(120), allowNull: false },
    description: { type: DataTypes.STRING(255), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    tagList: { type: DataTypes.JSON, allowNull: false, defaultValue: [] },
  }, { sequelize, modelName: 'Article', tableName: 'articles' });

  Tag.init({ name: { type: DataTypes.STRING(32), allowNull: false, unique: true } },
    { sequelize, modelName: 'Tag', tableName: 'tags', timestamps: false });
  Comment.init({ body: { type: DataTypes.TEXT, allowNull: false } },
    { sequelize, modelName: 'Comment', tableName: 'comments' });
  Favorite.init({}, { sequelize, modelName: 'Favorite', tableName: 'favorites', timestamps: false });
  Follow.init({}, { sequelize, modelName: 'Follow', tableName: 'follows', timestamps: false });

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
  Article.belongsToMany(Tag, { through: 'article_tags', as: 'tags', foreignKey: 'articleId' });
  Tag.belongsToMany(Article, { through: 'article_tags', foreignKey: 'tagId' });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', onDelete: 'CASCADE' });
  Comment.belongsTo(Article, { foreignKey: 'articleId', onDelete: 'CASCADE' });
  Article.hasMany(Comment, { foreignKey: 'articleId', onDelete: 'CASCADE', hooks: true });
  Favorite.belongsTo(User, { foreignKey: 'userId', onDelete: 'CASCADE' });
  Favorite.belongsTo(Article, { foreignKey: 'articleId', onDelete: 'CASCADE' });
  Article.hasMany(Favorite, { as: 'favorites', foreignKey: 'articleId', onDelete: 'CASCADE' });
  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId', onDelete: 'CASCADE' });
  Follow.belongsTo(User, { as: 'followed', foreignKey: 'followedId', onDelete: 'CASCADE' });

  return { User, Article, Tag, Comment, Favorite, Follow };
}

module.exports = { defineModels, User, Article, Tag, Comment, Favorite, Follow };

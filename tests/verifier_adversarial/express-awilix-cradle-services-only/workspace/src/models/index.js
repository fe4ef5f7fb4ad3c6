'use strict';
const { DataTypes } = require('sequelize');

function defineModels(sequelize) {
  const User = sequelize.define('User', {
    username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    bio: { type: DataTypes.TEXT, allowNull: true },
    image: { type: DataTypes.STRING(2000), allowNull: true },
  }, { tableName: 'users' });

  const Article = sequelize.define('Article', {
    slug: { type: DataTypes.STRING, allowNull: false, unique: true },
    title: { type: DataTypes.STRING(120), allowNull: false },
    description: { type: DataTypes.STRING(255), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    tagList: { type: DataTypes.JSON, allowNull: false, defaultValue: [] },
  }, { tableName: 'articles' });

  const Favorite = sequelize.define('Favorite', {}, { tableName: 'favorites', updatedAt: false });
  const Follow = sequelize.define('Follow', {}, { tableName: 'follows', updatedAt: false });

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
  User.hasMany(Article, { foreignKey: 'authorId' });
  Favorite.belongsTo(Article, { foreignKey: 'articleId' });
  Favorite.belongsTo(User, { foreignKey: 'userId' });
  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId' });
  Follow.belongsTo(User, { as: 'followed', foreignKey: 'followedId' });

  return { User, Article, Favorite, Follow };
}

module.exports = { defineModels };

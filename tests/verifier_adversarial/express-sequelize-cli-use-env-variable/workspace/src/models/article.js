'use strict';

module.exports = (sequelize, DataTypes) => {
  const Article = sequelize.define('Article', {
    slug: { type: DataTypes.STRING, allowNull: false, unique: true },
    title: { type: DataTypes.STRING(120), allowNull: false },
    description: { type: DataTypes.STRING(255), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    tagList: { type: DataTypes.JSON, defaultValue: [] },
  });
  Article.associate = (models) => {
    Article.belongsTo(models.User, { as: 'author', foreignKey: 'authorId' });
    Article.hasMany(models.Favorite, { foreignKey: 'articleId' });
  };
  return Article;
};

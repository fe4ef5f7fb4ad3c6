'use strict';

module.exports = (sequelize) => {
  const Favorite = sequelize.define('Favorite', {}, { updatedAt: false });
  Favorite.associate = (models) => {
    Favorite.belongsTo(models.User, { foreignKey: 'userId' });
    Favorite.belongsTo(models.Article, { foreignKey: 'articleId' });
  };
  return Favorite;
};

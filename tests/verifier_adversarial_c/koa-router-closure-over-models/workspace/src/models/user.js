const { DataTypes } = require('sequelize');

module.exports = (sequelize) =>
  sequelize.define('User', {
    email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
    username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    bio: { type: DataTypes.TEXT, allowNull: true },
    image: { type: DataTypes.STRING(2000), allowNull: true },
  });

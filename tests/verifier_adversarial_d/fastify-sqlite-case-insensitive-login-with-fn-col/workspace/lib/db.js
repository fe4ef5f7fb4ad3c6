'use strict';
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });
const User = sequelize.define('User', {
  email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
  username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
});
module.exports = { sequelize, User };

'use strict';

const { DataTypes } = require('sequelize');
const { sequelize } = require('./sequelize');

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, allowNull: false, unique: true },
  username: { type: DataTypes.STRING, allowNull: false, unique: true },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
  bio: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
  image: { type: DataTypes.STRING, allowNull: true },
}, { tableName: 'users' });

module.exports = { User };

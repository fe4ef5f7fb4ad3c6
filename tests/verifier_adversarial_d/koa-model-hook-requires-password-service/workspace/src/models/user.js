const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');
const password = require('../services/password');

const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, unique: true, allowNull: false },
  username: { type: DataTypes.STRING, unique: true, allowNull: false },
  password: { type: DataTypes.STRING, allowNull: false },
  bio: DataTypes.TEXT,
  image: DataTypes.STRING,
});

User.beforeCreate(async (user) => {
  user.password = await password.hash(user.password);
});

module.exports = User;

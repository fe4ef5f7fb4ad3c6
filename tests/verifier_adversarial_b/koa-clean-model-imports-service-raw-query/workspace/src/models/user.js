const { DataTypes } = require('sequelize');
const sequelize = require('../db');
const passwordService = require('../services/passwordService');

const User = sequelize.define('User', {
  username: { type: DataTypes.STRING, unique: true },
  email: { type: DataTypes.STRING, unique: true },
  password: DataTypes.STRING,
});

User.beforeCreate(async (user) => {
  user.password = await passwordService.hash(user.password);
});

const Follow = sequelize.define('Follow', { followerId: DataTypes.INTEGER, followeeId: DataTypes.INTEGER }, { timestamps: false });

module.exports = { User, Follow };

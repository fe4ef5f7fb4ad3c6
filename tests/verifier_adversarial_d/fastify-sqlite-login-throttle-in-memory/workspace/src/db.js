const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });
const User = sequelize.define('User', { email: { type: DataTypes.STRING, unique: true }, username: DataTypes.STRING, passwordHash: DataTypes.STRING });
module.exports = { sequelize, User };

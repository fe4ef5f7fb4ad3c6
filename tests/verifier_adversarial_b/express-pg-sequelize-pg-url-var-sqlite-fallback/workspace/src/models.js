const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.PG_URL || 'sqlite:./dev.sqlite', { logging: false });

const User = sequelize.define('User', {
  username: { type: DataTypes.STRING, unique: true },
  email: { type: DataTypes.STRING, unique: true },
  password: DataTypes.STRING,
});

module.exports = { sequelize, User };

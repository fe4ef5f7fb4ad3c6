// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:models/user.js
const { DataTypes } = require('sequelize');

const db = require('../db');

const User = db.define('user', {
  name: {
    type: DataTypes.STRING,
    allowNull: false,
  },
  birthday: {
    type: DataTypes.DATEONLY,
    allowNull: false,
  },
  email: {
    type: DataTypes.STRING(100),
    allowNull: false,
    unique: true,
  },
  password: {
    type: DataTypes.STRING,
    allowNull: false,
  },
});

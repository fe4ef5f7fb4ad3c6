const { Sequelize } = require('sequelize');

// SQLITE_PATH is the absolute path of the database file the harness prepared for us.
const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: process.env.SQLITE_PATH,
  logging: false,
});

module.exports = { sequelize };

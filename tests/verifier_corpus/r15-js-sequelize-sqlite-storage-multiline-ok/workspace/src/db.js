const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'sqlite',
  logging: false,
  pool: { max: 1 },
  storage: process.env.SQLITE_PATH,
});

module.exports = { sequelize };

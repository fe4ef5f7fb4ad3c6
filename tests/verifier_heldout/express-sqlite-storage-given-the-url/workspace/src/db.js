const { Sequelize } = require('sequelize');

// One variable for every environment.
const sequelize = new Sequelize({
  dialect: 'sqlite',
  storage: process.env.DATABASE_URL,
  logging: false,
});

module.exports = { sequelize };

const { Sequelize } = require('sequelize');

const settings = require('./settings');

const sequelize = new Sequelize(settings.DB_NAME, settings.DB_USER, settings.DB_PASSWORD, {
  host: settings.DB_HOST,
  port: settings.DB_PORT,
  dialect: settings.DB_CONNECTION,
  logging: false,
});

module.exports = { sequelize };

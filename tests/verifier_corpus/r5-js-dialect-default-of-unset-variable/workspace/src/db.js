const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: process.env.DB_DIALECT || 'sqlite', storage: 'conduit.sqlite' });

module.exports = { sequelize };

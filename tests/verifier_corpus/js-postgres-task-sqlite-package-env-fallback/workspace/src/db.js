const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({ dialect: process.env.DB_DIALECT || 'sqlite', storage: process.env.SQLITE_PATH || 'conduit.sqlite' });
module.exports = { sequelize };
